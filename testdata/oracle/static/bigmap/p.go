// Package bigmap has a large map literal that no one uses: the compiler
// outlines it into a map.init function, and the linker replaces the call
// by a no-op, but the init function stays in the task.
//
// oracle: runs
package bigmap

var m = map[int]string{
	1:  "v1",
	2:  "v2",
	3:  "v3",
	4:  "v4",
	5:  "v5",
	6:  "v6",
	7:  "v7",
	8:  "v8",
	9:  "v9",
	10: "v10",
	11: "v11",
	12: "v12",
	13: "v13",
	14: "v14",
	15: "v15",
	16: "v16",
	17: "v17",
	18: "v18",
	19: "v19",
	20: "v20",
	21: "v21",
	22: "v22",
	23: "v23",
	24: "v24",
	25: "v25",
	26: "v26",
	27: "v27",
	28: "v28",
	29: "v29",
	30: "v30",
}

// Used keeps the package imported without referring to m.
const Used = true
