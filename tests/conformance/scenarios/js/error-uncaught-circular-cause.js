// An uncaught error whose cause chain is circular (a -> b -> a): the report must terminate, exit 1.
const a = new Error("error a");
const b = new Error("error b", { cause: a });
a.cause = b;
console.log("throwing");
setTimeout(() => { throw a; }, 1);
