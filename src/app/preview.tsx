import { createRoot } from 'react-dom/client';
import { langFromTag } from '../i18n/Lang';
import { createSampleWorkbook } from '../preview/createSampleWorkbook';
import { analyzeSheet } from './analyzeSheet';
import { pageElement } from './pageElement';
import { createPreviewHost } from './previewHost/createPreviewHost';
import { PreviewApp } from './previewHost/PreviewApp';

// ?lang=en opens the preview in English (for screenshots and demos); Swedish otherwise.
const lang = langFromTag(new URLSearchParams(location.search).get('lang'));
const book = createSampleWorkbook();
createRoot(pageElement('root')).render(
  <PreviewApp
    book={book}
    initialLang={lang}
    analyze={analyzeSheet}
    host={createPreviewHost(location.search)}
  />,
);
