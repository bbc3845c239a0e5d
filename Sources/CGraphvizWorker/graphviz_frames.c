// The worker's frames, both ways: the length in decimal, a newline, then that many bytes.

#if defined(__linux__)

#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>

#include "graphviz_worker_internal.h"

int write_all(int fd, const char *bytes, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(fd, bytes + done, length - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        done += (size_t)n;
    }
    return 0;
}

/// Reads exactly `length` bytes into `into`, or skips them when `into` is NULL. Returns 0, or -1 at an
/// early end of input.
int read_exactly(int fd, char *into, size_t length) {
    static char sink[65536];
    while (length > 0) {
        size_t chunk = into ? length : (length < sizeof sink ? length : sizeof sink);
        ssize_t n = read(fd, into ? into : sink, chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        if (into) into += n;
        length -= (size_t)n;
    }
    return 0;
}

/// Reads a frame's length line: 1 with `*length` set, 0 at the end of input, -1 when malformed.
int read_length(int fd, size_t *length) {
    size_t value = 0;
    int digits = 0;
    for (;;) {
        char c;
        ssize_t n = read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) return digits == 0 ? 0 : -1;
        if (n < 0) return -1;
        if (c == '\n') break;
        if (c < '0' || c > '9' || digits >= 12) return -1;
        value = value * 10 + (size_t)(c - '0');
        digits++;
    }
    if (digits == 0) return -1;
    *length = value;
    return 1;
}

#endif
