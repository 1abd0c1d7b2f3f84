// libFuzzer's driver, for fuzz targets whose main() is their own (SwiftPM names every executable's entry point).
#include <stddef.h>
#include <stdint.h>

typedef int (*BitextFuzzCallback)(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, BitextFuzzCallback callback);
