/**
 * Errors the fake raises. `FakeOfficeError` looks like `OfficeExtension.Error` (name, `code`, `debugInfo`), so host
 * code that reads `error.code` cannot tell them apart. `FakeExcelUsageError` is the fake refusing something it does
 * not implement or that a host should never do (acting on a null object): tests fail loudly instead of passing on a
 * behaviour the fake made up.
 */

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export class FakeExcelUsageError extends Error {
  override readonly name = "FakeExcelUsageError";
}

export function notImplemented(type: string, member: string): FakeExcelUsageError {
  return new FakeExcelUsageError(`FakeExcel: ${type}.${member} is not implemented by the fake.`);
}

export const officeError = {
  invalidArgument: (what: string, where?: string) =>
    new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`, where),
  itemNotFound: (what: string, where?: string) =>
    new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`, where),
  itemAlreadyExists: (what: string, where?: string) =>
    new FakeOfficeError("ItemAlreadyExists", `The resource being created already exists. (${what})`, where),
  invalidOperation: (what: string, where?: string) =>
    new FakeOfficeError("InvalidOperation", `The operation attempted is invalid on the object. (${what})`, where),
  general: (what: string, where?: string) =>
    new FakeOfficeError("GeneralException", `There was an internal error while processing the request. (${what})`, where),
  propertyNotLoaded: (type: string, property: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${type}.${property}`,
    ),
} as const;
