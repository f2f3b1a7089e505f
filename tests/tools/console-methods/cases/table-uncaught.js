console.table([1, 2], "not an array");
