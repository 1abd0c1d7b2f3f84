// Declarations only: LLVMFuzzerRunDriver comes from libFuzzer at link time.
#include "CFuzzing.h"
