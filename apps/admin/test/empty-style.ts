// Stands in for Element Plus stylesheets under test: Node cannot load .css and jsdom does not lay out.
export {};
