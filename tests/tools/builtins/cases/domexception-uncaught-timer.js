// A DOMException thrown from a timer.
setTimeout(() => {
  throw new DOMException("in timer", "AbortError");
}, 0);
