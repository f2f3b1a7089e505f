// An unhandled rejection with a plain object reason and with undefined reason (first one wins), exit 1.
console.log("start");
Promise.reject({ code: 7, reason: "object reason", list: [1, "two", { three: 3 }] });
Promise.reject(undefined);
