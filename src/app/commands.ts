// FunctionFile for the ribbon (manifest <FunctionFile resid="Commands.Url"/>): the only ribbon command opens the
// task pane (ShowTaskpane), which needs no code; this page must still load Office.js and call onReady.
Office.onReady(() => undefined);
