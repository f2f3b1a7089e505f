// console.time/timeEnd/timeLog warnings for missing and duplicate labels (times themselves are not printed).
console.timeEnd("missing");
console.timeLog("also missing");
console.time("dup");
console.time("dup");
console.timeEnd("dup-other");
console.log("end");
