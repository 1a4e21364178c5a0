/** Errors shaped like Office.js's OfficeExtension.Error: a `code` Excel would report, and a message. */
export type FakeErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "ApiNotFound"
  | "GeneralException"
  /** "You cannot perform the requested operation" (Microsoft Learn, "Error handling with the application-specific JavaScript APIs"): e.g. a change to a protected sheet. */
  | "AccessDenied";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const notLoaded = (objectName: string, property: string) =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object (${objectName}) and call "context.sync()" on the associated request context.`,
  );
