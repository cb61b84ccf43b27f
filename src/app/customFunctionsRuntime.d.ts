// The part of Excel's custom-functions runtime Länsnyckel uses (the global exists only inside Excel).
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
  }
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
