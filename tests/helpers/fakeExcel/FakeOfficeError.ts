/** An error shaped like OfficeExtension.Error: what `context.sync()` rejects with in real Excel. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation = '',
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The error real Office.js throws when a property is read before load() + sync(). */
export function propertyNotLoaded(objectName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}
