// Core types shared by loaders, live sources, the inventory, the rule engine and the reporters.
// Position convention inside the tool: 0-based UTF-16 offsets into a file's text (`Span`).
// Conversion to 1-based line/column happens only at the reporting edge (src/report/positions.ts).
export {};
