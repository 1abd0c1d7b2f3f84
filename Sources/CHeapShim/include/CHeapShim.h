#ifndef BITEXT_CHEAPSHIM_H
#define BITEXT_CHEAPSHIM_H

/// Hands the heap's free pages back to the system (glibc's malloc_trim): after a long document's
/// features are built, the memory their many small temporaries held stays counted against the process
/// until then. Does nothing where the C library has no such call. 1 when memory was released.
int bitext_release_free_heap(void);

#endif
