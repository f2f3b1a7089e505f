// allSettled over thenables that resolve/reject synchronously, via timers, or throw after resolving; the result shape printed with console.log.
const th = (fn) => ({ then: fn });
Promise.allSettled([
  th((r) => r("sync ok")),
  th((_, j) => j("sync fail")),
  th((r) => setTimeout(() => r("timer ok"), 20)),
  th((_, j) => setTimeout(() => j(new Error("timer fail")), 40)),
  th((r) => { r("first wins"); throw new Error("ignored"); }),
  th(() => { throw new RangeError("thrown"); }),
]).then((results) => console.log(results));
