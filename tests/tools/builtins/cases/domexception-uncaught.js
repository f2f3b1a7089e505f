// An uncaught DOMException ends the run like an error (source line, frames, exit code 1).
console.log("before");
throw new DOMException("uncaught one", "SyntaxError");
