// The entry of a fuzz target whose main() is its own (SwiftPM names every executable's entry point):
// libFuzzer's driver over the target's LLVMFuzzerTestOneInput.
#include <stddef.h>
#include <stdint.h>

int bitext_fuzz_main(int argc, char **argv);
