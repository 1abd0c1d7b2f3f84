// `import Bitext` brings in the whole library; a program that needs less imports the module it needs
// (`BitextAlignment` aligns without linking SQLite, which only `BitextMemory` does).
@_exported import BitextText
@_exported import BitextNames
@_exported import BitextGlossary
@_exported import BitextAlignment
@_exported import BitextEntities
@_exported import BitextReview
@_exported import BitextFormats
@_exported import BitextMemory
@_exported import BitextBatch
@_exported import BitextReaders
