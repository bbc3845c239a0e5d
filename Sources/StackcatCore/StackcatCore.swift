@_exported import StackcatEditing
// The library as one module: every layer of the pipeline, for the executable, the tests and the fuzzers
// (ARCHITECTURE.md draws the layers). Code inside the layers imports the layers it uses, never this.
@_exported import StackcatInterop
@_exported import StackcatLoading
@_exported import StackcatModel
@_exported import StackcatQuery
@_exported import StackcatRendering
@_exported import StackcatScaffold
@_exported import StackcatValidation
@_exported import StackcatYAML
