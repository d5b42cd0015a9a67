/*
 * The ToyRust runtime: the few services a compiled program needs from outside itself.
 * It plays the part libstd plays for rustc's binaries, at a size that keeps the cost of
 * *generated* code visible in size tables.
 *
 * Formatting works on a growable byte buffer (TrBuf): `println!("{} {}", a, b)` becomes
 *   TrBuf b = {0}; __toyrust_buf_int(&b, a, ...); __toyrust_buf_str(&b, " ", 1, 0); ...;
 *   __toyrust_print(1, &b);
 * so one `println!` is one write, as with Rust's line-buffered stdout. Stdout is buffered and
 * flushed at each newline and at exit (normal return, std::process::exit, panic); stderr is not
 * buffered, as in Rust.
 *
 * Every symbol starts with __toyrust_ so it cannot clash with a user function.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    uint8_t *ptr;
    uint64_t len;
    uint64_t cap;
} TrBuf;

/* A format spec, `{:>08x}`; the code generator emits one constant per distinct spec. */
typedef struct {
    uint32_t fill;      /* Unicode scalar, ' ' by default */
    int32_t width;      /* -1: none */
    int32_t precision;  /* -1: none */
    uint8_t align;      /* 0: default, 1: left, 2: right, 3: center */
    uint8_t flags;      /* 1: zero-pad (`0`), 2: alternate (`#`), 4: sign (`+`) */
    uint8_t kind;       /* 0: Display, 1: x, 2: X, 3: b, 4: o, 5: Debug */
    uint8_t reserved;
} TrSpec;

enum { ALIGN_DEFAULT, ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTER };
enum { FLAG_ZERO = 1, FLAG_ALT = 2, FLAG_PLUS = 4 };
enum { KIND_DISPLAY, KIND_LHEX, KIND_UHEX, KIND_BIN, KIND_OCT, KIND_DEBUG };

static uint8_t out_buf[1 << 13];
static uint64_t out_len;

static void write_all(int fd, const uint8_t *p, uint64_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;
        p += w;
        n -= (uint64_t)w;
    }
}

void __toyrust_flush(void) {
    write_all(1, out_buf, out_len);
    out_len = 0;
}

static void out_append(const uint8_t *p, uint64_t n) {
    if (out_len + n > sizeof out_buf) {
        __toyrust_flush();
        if (n > sizeof out_buf) { write_all(1, p, n); return; }
    }
    memcpy(out_buf + out_len, p, n);
    out_len += n;
}

void __toyrust_buf_reserve(TrBuf *b, uint64_t extra) {
    if (b->len + extra <= b->cap) return;
    uint64_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra) cap *= 2;
    b->ptr = realloc(b->ptr, cap);
    if (!b->ptr) abort();
    b->cap = cap;
}

static void buf_bytes(TrBuf *b, const uint8_t *p, uint64_t n) {
    __toyrust_buf_reserve(b, n);
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
}

static int utf8_encode(uint32_t c, uint8_t *out) {
    if (c < 0x80) { out[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { out[0] = 0xC0 | (c >> 6); out[1] = 0x80 | (c & 0x3F); return 2; }
    if (c < 0x10000) { out[0] = 0xE0 | (c >> 12); out[1] = 0x80 | ((c >> 6) & 0x3F); out[2] = 0x80 | (c & 0x3F); return 3; }
    out[0] = 0xF0 | (c >> 18); out[1] = 0x80 | ((c >> 12) & 0x3F); out[2] = 0x80 | ((c >> 6) & 0x3F); out[3] = 0x80 | (c & 0x3F);
    return 4;
}

static void buf_fill(TrBuf *b, uint32_t fill, int64_t count) {
    uint8_t enc[4];
    int n = utf8_encode(fill, enc);
    for (int64_t i = 0; i < count; i++) buf_bytes(b, enc, (uint64_t)n);
}

static int64_t utf8_chars(const uint8_t *p, uint64_t n) {
    int64_t count = 0;
    for (uint64_t i = 0; i < n; i++) if ((p[i] & 0xC0) != 0x80) count++;
    return count;
}

/* Writes `text` padded to the spec's width; `default_align` is left for text, right for numbers. */
static void buf_padded(TrBuf *b, const uint8_t *text, uint64_t n, const TrSpec *spec, uint8_t default_align) {
    int64_t chars = utf8_chars(text, n);
    if (!spec || spec->width < 0 || chars >= spec->width) { buf_bytes(b, text, n); return; }
    int64_t pad = spec->width - chars;
    uint8_t align = spec->align ? spec->align : default_align;
    int64_t before = align == ALIGN_LEFT ? 0 : align == ALIGN_CENTER ? pad / 2 : pad;
    buf_fill(b, spec->fill, before);
    buf_bytes(b, text, n);
    buf_fill(b, spec->fill, pad - before);
}

/* `{}` / `{:5}` of a string slice; a precision truncates to that many characters. */
void __toyrust_buf_str(TrBuf *b, const uint8_t *p, uint64_t n, const TrSpec *spec) {
    if (spec && spec->precision >= 0) {
        uint64_t i = 0;
        int64_t chars = 0;
        while (i < n) {
            if ((p[i] & 0xC0) != 0x80) { if (chars == spec->precision) break; chars++; }
            i++;
        }
        n = i;
    }
    buf_padded(b, p, n, spec, ALIGN_LEFT);
}

/* Writes an integer given as sign and magnitude, in the spec's radix, with sign, `#` prefix and padding. */
static void buf_magnitude(TrBuf *b, unsigned __int128 magnitude, int negative, const TrSpec *spec) {
    uint8_t kind = spec ? spec->kind : KIND_DISPLAY;
    unsigned radix = kind == KIND_LHEX || kind == KIND_UHEX ? 16 : kind == KIND_BIN ? 2 : kind == KIND_OCT ? 8 : 10;
    const char *digits = kind == KIND_UHEX ? "0123456789ABCDEF" : "0123456789abcdef";
    uint8_t tmp[128];
    int pos = (int)sizeof tmp;
    do { tmp[--pos] = (uint8_t)digits[magnitude % radix]; magnitude /= radix; } while (magnitude);

    uint8_t prefix[4];
    int plen = 0;
    if (negative) prefix[plen++] = '-';
    else if (spec && (spec->flags & FLAG_PLUS)) prefix[plen++] = '+';
    if (spec && (spec->flags & FLAG_ALT) && radix != 10) {
        prefix[plen++] = '0';
        prefix[plen++] = radix == 16 ? 'x' : radix == 2 ? 'b' : 'o';
    }
    int ndigits = (int)sizeof tmp - pos;
    if (spec && (spec->flags & FLAG_ZERO) && spec->width > plen + ndigits) {
        /* Zero padding goes between the sign/prefix and the digits and ignores fill and alignment. */
        buf_bytes(b, prefix, (uint64_t)plen);
        for (int i = plen + ndigits; i < spec->width; i++) buf_bytes(b, (const uint8_t *)"0", 1);
        buf_bytes(b, tmp + pos, (uint64_t)ndigits);
        return;
    }
    uint8_t all[sizeof tmp + sizeof prefix];
    memcpy(all, prefix, (size_t)plen);
    memcpy(all + plen, tmp + pos, (size_t)ndigits);
    buf_padded(b, all, (uint64_t)(plen + ndigits), spec, ALIGN_RIGHT);
}

/* Integers of any width up to 64 bits: `bits` holds the value, `width` its bit size. */
void __toyrust_buf_int(TrBuf *b, uint64_t bits, int32_t width, int32_t is_signed, const TrSpec *spec) {
    uint8_t kind = spec ? spec->kind : KIND_DISPLAY;
    uint64_t mask = width >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << width) - 1);
    int negative = 0;
    uint64_t magnitude = bits & mask;
    if (is_signed && (kind == KIND_DISPLAY || kind == KIND_DEBUG)) {
        int64_t v = (int64_t)(bits << (64 - width)) >> (64 - width);
        negative = v < 0;
        magnitude = negative ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    }
    buf_magnitude(b, magnitude, negative, spec);
}

/*
 * i128 and u128, passed as two 64-bit halves so that no 128-bit value crosses the C calling
 * convention. Hex, binary and octal show the two's complement bits, as Rust does.
 */
void __toyrust_buf_int128(TrBuf *b, uint64_t low, uint64_t high, int32_t is_signed, const TrSpec *spec) {
    uint8_t kind = spec ? spec->kind : KIND_DISPLAY;
    unsigned __int128 magnitude = ((unsigned __int128)high << 64) | low;
    int negative = is_signed && (kind == KIND_DISPLAY || kind == KIND_DEBUG) && (high >> 63);
    if (negative) magnitude = (unsigned __int128)0 - magnitude;
    buf_magnitude(b, magnitude, negative, spec);
}

void __toyrust_buf_bool(TrBuf *b, int32_t value, const TrSpec *spec) {
    if (value) buf_padded(b, (const uint8_t *)"true", 4, spec, ALIGN_LEFT);
    else buf_padded(b, (const uint8_t *)"false", 5, spec, ALIGN_LEFT);
}

void __toyrust_buf_char(TrBuf *b, uint32_t c, const TrSpec *spec) {
    uint8_t enc[4];
    int n = utf8_encode(c, enc);
    buf_padded(b, enc, (uint64_t)n, spec, ALIGN_LEFT);
}

/*
 * Floats. Rust prints the shortest decimal that reads back as the same value, and Display never
 * uses an exponent (1e21 prints as 1000000000000000000000); Debug adds ".0" to integral values
 * and switches to exponent form outside 1e-4 <= |x| < 1e16. With a precision, the value is
 * rounded exactly (glibc's printf rounds the exact binary value, as Rust does).
 */
static int shortest_digits(double v, int is_f32, char *digits, int *exponent) {
    char tmp[64];
    for (int p = 0; p < 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p, v);
        int round_trips = is_f32 ? (strtof(tmp, 0) == (float)v) : (strtod(tmp, 0) == v);
        if (round_trips || p == 16) break;
    }
    /* tmp is d.ddddde[+-]xx */
    int n = 0;
    char *e = strchr(tmp, 'e');
    for (char *c = tmp; c < e; c++) if (*c >= '0' && *c <= '9') digits[n++] = *c;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *exponent = atoi(e + 1);
    return n;
}

static void buf_float_positional(TrBuf *b, const char *digits, int n, int exponent, int force_fraction) {
    /* value = 0.d1d2...dn * 10^(exponent + 1) */
    int point = exponent + 1;
    if (point <= 0) {
        buf_bytes(b, (const uint8_t *)"0.", 2);
        for (int i = 0; i < -point; i++) buf_bytes(b, (const uint8_t *)"0", 1);
        buf_bytes(b, (const uint8_t *)digits, (uint64_t)n);
    } else if (point >= n) {
        buf_bytes(b, (const uint8_t *)digits, (uint64_t)n);
        for (int i = n; i < point; i++) buf_bytes(b, (const uint8_t *)"0", 1);
        if (force_fraction) buf_bytes(b, (const uint8_t *)".0", 2);
    } else {
        buf_bytes(b, (const uint8_t *)digits, (uint64_t)point);
        buf_bytes(b, (const uint8_t *)".", 1);
        buf_bytes(b, (const uint8_t *)digits + point, (uint64_t)(n - point));
    }
}

void __toyrust_buf_float(TrBuf *b, double v, int32_t is_f32, const TrSpec *spec) {
    TrBuf body = {0};
    int debug = spec && spec->kind == KIND_DEBUG;
    int negative = signbit(v) && !isnan(v);
    double a = fabs(v);
    if (isnan(v)) {
        buf_bytes(&body, (const uint8_t *)"NaN", 3);
        negative = 0;
    } else if (isinf(v)) {
        buf_bytes(&body, (const uint8_t *)"inf", 3);
    } else if (spec && spec->precision >= 0) {
        char tmp[512];
        int len = snprintf(tmp, sizeof tmp, "%.*f", spec->precision > 300 ? 300 : spec->precision, a);
        buf_bytes(&body, (const uint8_t *)tmp, (uint64_t)len);
    } else if (a == 0) {
        buf_bytes(&body, (const uint8_t *)(debug ? "0.0" : "0"), debug ? 3 : 1);
    } else {
        char digits[32];
        int exponent;
        int n = shortest_digits(a, is_f32, digits, &exponent);
        if (debug && (exponent < -4 || exponent >= 16)) {
            buf_bytes(&body, (const uint8_t *)digits, 1);
            if (n > 1) { buf_bytes(&body, (const uint8_t *)".", 1); buf_bytes(&body, (const uint8_t *)digits + 1, (uint64_t)(n - 1)); }
            char e[16];
            int elen = snprintf(e, sizeof e, "e%d", exponent);
            buf_bytes(&body, (const uint8_t *)e, (uint64_t)elen);
        } else {
            buf_float_positional(&body, digits, n, exponent, debug);
        }
    }
    uint8_t sign[1];
    int slen = 0;
    if (negative) sign[slen++] = '-';
    else if (spec && (spec->flags & FLAG_PLUS) && !isnan(v)) sign[slen++] = '+';
    if (spec && (spec->flags & FLAG_ZERO) && spec->width > slen + (int)body.len && !isnan(v) && !isinf(v)) {
        buf_bytes(b, sign, (uint64_t)slen);
        for (int i = slen + (int)body.len; i < spec->width; i++) buf_bytes(b, (const uint8_t *)"0", 1);
        buf_bytes(b, body.ptr, body.len);
    } else {
        TrBuf all = {0};
        buf_bytes(&all, sign, (uint64_t)slen);
        buf_bytes(&all, body.ptr, body.len);
        buf_padded(b, all.ptr, all.len, spec, ALIGN_RIGHT);
        free(all.ptr);
    }
    free(body.ptr);
}

/* Debug of char and str: quoted, with Rust's escapes (char::escape_debug). */
static void buf_escaped(TrBuf *b, uint32_t c, uint32_t quote) {
    char tmp[16];
    switch (c) {
    case '\t': buf_bytes(b, (const uint8_t *)"\\t", 2); return;
    case '\r': buf_bytes(b, (const uint8_t *)"\\r", 2); return;
    case '\n': buf_bytes(b, (const uint8_t *)"\\n", 2); return;
    case '\\': buf_bytes(b, (const uint8_t *)"\\\\", 2); return;
    case 0: buf_bytes(b, (const uint8_t *)"\\0", 2); return;
    default: break;
    }
    if (c == quote) { buf_bytes(b, (const uint8_t *)"\\", 1); buf_fill(b, c, 1); return; }
    if (c < 0x20 || c == 0x7f) {
        int n = snprintf(tmp, sizeof tmp, "\\u{%x}", c);
        buf_bytes(b, (const uint8_t *)tmp, (uint64_t)n);
        return;
    }
    buf_fill(b, c, 1);
}

static uint32_t utf8_decode(const uint8_t *p, uint64_t n, uint64_t *i) {
    uint8_t c = p[*i];
    uint32_t cp;
    int extra;
    if (c < 0x80) { cp = c; extra = 0; }
    else if (c < 0xE0) { cp = c & 0x1F; extra = 1; }
    else if (c < 0xF0) { cp = c & 0x0F; extra = 2; }
    else { cp = c & 0x07; extra = 3; }
    (*i)++;
    for (int k = 0; k < extra && *i < n; k++, (*i)++) cp = (cp << 6) | (p[*i] & 0x3F);
    return cp;
}

void __toyrust_buf_str_debug(TrBuf *b, const uint8_t *p, uint64_t n, const TrSpec *spec) {
    TrBuf q = {0};
    buf_bytes(&q, (const uint8_t *)"\"", 1);
    for (uint64_t i = 0; i < n;) buf_escaped(&q, utf8_decode(p, n, &i), '"');
    buf_bytes(&q, (const uint8_t *)"\"", 1);
    buf_padded(b, q.ptr, q.len, spec, ALIGN_LEFT);
    free(q.ptr);
}

void __toyrust_buf_char_debug(TrBuf *b, uint32_t c, const TrSpec *spec) {
    TrBuf q = {0};
    buf_bytes(&q, (const uint8_t *)"'", 1);
    buf_escaped(&q, c, '\'');
    buf_bytes(&q, (const uint8_t *)"'", 1);
    buf_padded(b, q.ptr, q.len, spec, ALIGN_LEFT);
    free(q.ptr);
}

/* Sends a formatted buffer to stdout (1) or stderr (2) and frees it. */
void __toyrust_print(int32_t stream, TrBuf *b) {
    if (stream == 2) {
        write_all(2, b->ptr, b->len);
    } else {
        out_append(b->ptr, b->len);
        if (b->len && memchr(b->ptr, '\n', b->len)) __toyrust_flush();
    }
    free(b->ptr);
    b->ptr = 0;
    b->len = b->cap = 0;
}

/* `std::process::exit(code)`: Rust flushes stdout before leaving. */
_Noreturn void __toyrust_exit(int32_t code) {
    __toyrust_flush();
    exit(code);
}

/*
 * A panic in the main thread, as rustc 1.95 prints it: a blank line, the thread's name and id
 * (the main thread's id is the process id), the location, the message, the backtrace hint;
 * then exit code 101.
 */
_Noreturn void __toyrust_panic(TrBuf *msg, const uint8_t *file, uint64_t file_len, uint32_t line, uint32_t col) {
    TrBuf b = {0};
    buf_bytes(&b, (const uint8_t *)"\nthread 'main' (", 16);
    __toyrust_buf_int(&b, (uint64_t)getpid(), 32, 1, 0);
    buf_bytes(&b, (const uint8_t *)") panicked at ", 14);
    buf_bytes(&b, file, file_len);
    buf_bytes(&b, (const uint8_t *)":", 1);
    __toyrust_buf_int(&b, line, 32, 0, 0);
    buf_bytes(&b, (const uint8_t *)":", 1);
    __toyrust_buf_int(&b, col, 32, 0, 0);
    buf_bytes(&b, (const uint8_t *)":\n", 2);
    buf_bytes(&b, msg->ptr, msg->len);
    const char *note = "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    buf_bytes(&b, (const uint8_t *)note, strlen(note));
    __toyrust_flush();
    write_all(2, b.ptr, b.len);
    exit(101);
}

/* A panic whose message is a fixed string ("attempt to add with overflow"). */
_Noreturn void __toyrust_panic_str(const uint8_t *msg, uint64_t len, const uint8_t *file, uint64_t file_len, uint32_t line, uint32_t col) {
    TrBuf b = {0};
    buf_bytes(&b, msg, len);
    __toyrust_panic(&b, file, file_len, line, col);
}

/* `&str` equality (== on strings, string literal patterns). */
int32_t __toyrust_str_eq(const uint8_t *a, uint64_t alen, const uint8_t *b, uint64_t blen) {
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

/*
 * A checked `i128` multiplication (llvm.smul.with.overflow.i128) is lowered by LLVM to a call of
 * compiler-rt's __muloti4 on AArch64. rustc links compiler-builtins, which has it; libgcc, which
 * cc links here, does not, so the runtime supplies it (weak, in case compiler-rt is linked too).
 * It returns the wrapped product and sets *overflow to 1 when the true product does not fit.
 */
__attribute__((weak)) __int128 __muloti4(__int128 a, __int128 b, int *overflow) {
    __int128 product;
    *overflow = __builtin_mul_overflow(a, b, &product);
    return product;
}
