/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, for running kaohe.exe
 * under Wine 8 (Debian 12). Rust's standard library on Windows takes its
 * random bytes (HashMap seeds) from ProcessPrng in bcryptprimitives.dll, which
 * every supported Windows has but Wine 8 does not ship, so the .exe fails to
 * load there (status c0000135). This DLL, put beside kaohe.exe for the CI run
 * only, exports ProcessPrng and fills the buffer from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has. It is never packaged.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *       bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* RtlGenRandom takes a ULONG length: fill in chunks. */
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
