#include "CHeapShim.h"
#include <stdlib.h>   // defines __GLIBC__ under glibc

#if defined(__GLIBC__)
#include <malloc.h>
int bitext_release_free_heap(void) { return malloc_trim(0); }
#else
int bitext_release_free_heap(void) { return 0; }
#endif
