// An uncaught instance of an Error subclass with a cause and extra properties, thrown from a timer.
class DatabaseError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "DatabaseError";
    this.code = "E_DB";
  }
}
setTimeout(() => {
  throw new DatabaseError("connection lost", { cause: new Error("socket closed") });
}, 1);
