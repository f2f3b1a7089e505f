// ArrayBuffer.prototype.{transfer,transferToFixedLength,detached} and the fixed-length
// resizable-buffer accessors. (Views of a transferred buffer are not checked: V8 10.2 cannot
// detach a buffer from script.)
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const b = new ArrayBuffer(4);
new Uint8Array(b).set([1, 2, 3, 4]);
show("before", () => [b.byteLength, b.detached, b.resizable, b.maxByteLength]);
const t = b.transfer();
show("after", () => [b.byteLength, b.detached, b.maxByteLength, b.resizable, t.byteLength, t.detached, new Uint8Array(t)]);
show("transfer again", () => b.transfer());
show("transferToFixedLength detached", () => b.transferToFixedLength());
show("slice detached", () => b.slice(0));
show("clone detached", () => structuredClone(b));
show("shrink", () => { const x = new ArrayBuffer(4); new Uint8Array(x).set([1, 2, 3, 4]); return new Uint8Array(x.transfer(2)); });
show("grow", () => { const x = new ArrayBuffer(2); new Uint8Array(x).set([9, 8]); return new Uint8Array(x.transfer(5)); });
show("zero", () => new ArrayBuffer(3).transfer(0));
show("fixed", () => { const x = new ArrayBuffer(3); const y = x.transferToFixedLength(1); return [y, y.resizable, x.detached]; });
show("length coercion", () => new ArrayBuffer(3).transfer("2").byteLength);
show("length 1.9", () => new ArrayBuffer(3).transfer(1.9).byteLength);
show("length -1", () => new ArrayBuffer(3).transfer(-1));
show("length 2**53", () => new ArrayBuffer(3).transfer(2 ** 53));
show("length NaN", () => new ArrayBuffer(3).transfer(NaN).byteLength);
show("receiver 1", () => ArrayBuffer.prototype.transfer.call(1));
show("receiver object", () => ArrayBuffer.prototype.transferToFixedLength.call({}));
show("receiver SAB", () => ArrayBuffer.prototype.transfer.call(new SharedArrayBuffer(1)));
const detachedGet = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get;
show("detached receivers", () => [detachedGet.call(new ArrayBuffer(0))]);
show("detached on prototype", () => ArrayBuffer.prototype.detached);
show("detached on SAB", () => detachedGet.call(new SharedArrayBuffer(1)));
show("detached on 1", () => detachedGet.call(1));
show("slice still works", () => new Uint8Array(new Uint8Array([1, 2, 3]).buffer.slice(1)));
show("byteLength on prototype", () => ArrayBuffer.prototype.byteLength);
show("resize fixed", () => new ArrayBuffer(2).resize(1));
show("resize receiver", () => ArrayBuffer.prototype.resize.call({}, 1));
show("grow fixed", () => new SharedArrayBuffer(2).grow(3));
show("sab", () => { const s = new SharedArrayBuffer(3); return [s.growable, s.maxByteLength]; });
show("maxByteLength receiver", () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "maxByteLength").get.call({}));
show("resizable receiver", () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "resizable").get.call(new SharedArrayBuffer(1)));
show("growable receiver", () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "growable").get.call(new ArrayBuffer(1)));
for (const k of ["transfer", "transferToFixedLength", "resize", "detached", "resizable", "maxByteLength", "byteLength", "slice"]) {
  const d = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, k);
  const fn = d.value ?? d.get;
  console.log(k, "value" in d, d.enumerable, d.configurable, fn.name, fn.length, fn);
}
console.log(t, new ArrayBuffer(2));
