// DOMException: construction, names and codes, attributes, inspection.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const e = new DOMException("boom", "DataCloneError");
console.log(e);
console.log([e]);
console.log({ e });
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, Object.prototype.toString.call(e), String(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e), typeof e.stack, e.stack.split("\n")[0]);
console.log(new DOMException());
console.log(new DOMException("x"));
console.log(new DOMException(123, 456));
console.log(new DOMException(undefined, undefined).name, JSON.stringify(new DOMException(undefined).message));
console.log(new DOMException("x", { name: "AbortError", cause: 5 }));
const withCause = new DOMException("x", { name: "AbortError", cause: 5 });
console.log(withCause.cause, withCause.code, Object.getOwnPropertyNames(withCause), Object.getOwnPropertyDescriptor(withCause, "cause"));
console.log(new DOMException("x", {}).name, new DOMException("x", { name: undefined }).name, new DOMException("x", null).name);
for (const name of ["IndexSizeError", "DOMStringSizeError", "HierarchyRequestError", "WrongDocumentError", "InvalidCharacterError",
  "NoDataAllowedError", "NoModificationAllowedError", "NotFoundError", "NotSupportedError", "InUseAttributeError", "InvalidStateError",
  "SyntaxError", "InvalidModificationError", "NamespaceError", "InvalidAccessError", "ValidationError", "TypeMismatchError",
  "SecurityError", "NetworkError", "AbortError", "URLMismatchError", "QuotaExceededError", "TimeoutError", "InvalidNodeTypeError",
  "DataCloneError", "EncodingError", "NotReadableError", "OperationError", "Error", "abortError"]) {
  console.log(name, new DOMException("", name).code);
}
show("name getter on prototype", () => DOMException.prototype.name);
show("message getter on object", () => Object.getOwnPropertyDescriptor(DOMException.prototype, "message").get.call({}));
show("call without new", () => DOMException());
console.log(DOMException.prototype);
console.log(Object.getPrototypeOf(DOMException) === Function.prototype, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(DOMException);
console.log(DOMException.length, DOMException.name, Object.getOwnPropertyNames(DOMException).length);
console.log(Object.getOwnPropertyDescriptor(DOMException, "ABORT_ERR"), Object.getOwnPropertyDescriptor(DOMException.prototype, "DATA_CLONE_ERR"));
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, "code"), Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(globalThis, "DOMException"));
class My extends DOMException {
  constructor() {
    super("m", "NotFoundError");
  }
}
const my = new My();
console.log(my, my instanceof My, my.name, my.code);
const extra = new DOMException("y", "NotFoundError");
extra.extra = 1;
console.log(extra);
extra.stack = "custom stack";
console.log(extra);
const noStack = new DOMException("m4");
Object.defineProperty(noStack, "stack", { value: undefined });
console.log(noStack);
console.log(Deno.inspect(e, { depth: 0 }));
console.log(Error.isError(e), Error.isError(DOMException.prototype));
try {
  throw new DOMException("thrown", "TimeoutError");
} catch (err) {
  console.log(err.name, err.message, err.code);
}
