// Stands in for Vant stylesheets under test: Node cannot load .css and jsdom does not lay out.
export {};
