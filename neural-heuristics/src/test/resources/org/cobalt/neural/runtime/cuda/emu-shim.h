// Compiles kernels.cu as plain C++ for the CPU so that tests can run the very same kernel code without a
// GPU: one "thread" (blockDim = gridDim = 1) walks every grid-stride loop over all items.
#include <math.h>
#include <string.h>
struct EmuDim { unsigned x, y, z; };
static const EmuDim blockIdx = {0, 0, 0};
static const EmuDim threadIdx = {0, 0, 0};
static const EmuDim blockDim = {1, 1, 1};
static const EmuDim gridDim = {1, 1, 1};
#define __global__
static inline float atomicAdd(float* p, float v) { float old = *p; *p = old + v; return old; }
static inline float __int_as_float(unsigned int i) { float f; memcpy(&f, &i, sizeof f); return f; }
