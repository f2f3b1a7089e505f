// console.log of errors whose cause chain is circular or self-referential, and of an error stored in its own property.
const a = new Error("error a");
const b = new Error("error b", { cause: a });
a.cause = b;
console.log(a);
const self = new TypeError("self cause");
self.cause = self;
console.log(self);
const holder = new Error("holder");
holder.me = holder;
console.log(holder);
console.log({ wrapped: a });
