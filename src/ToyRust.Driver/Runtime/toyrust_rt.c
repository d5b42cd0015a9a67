/*
 * The ToyRust runtime: the few services a compiled program needs from outside itself.
 * It plays the part libstd plays for rustc's binaries, at a size that keeps the cost of
 * *generated* code visible in size tables.
 *
 * Formatting works on a growable byte buffer (TrBuf): `println!("{} {}", a, b)` becomes
 *   TrBuf b = {0}; __toyrust_buf_int(&b, a, ...); __toyrust_buf_str(&b, " ", 1, 0); ...;
 *   __toyrust_print(1, &b);
 * A print's buffer carries its stream and hands each piece to stdout's buffer (or to stderr) as it
 * is appended, as Rust's `print!` writes piece by piece to the locked stdout: text printed by a
 * `Display` impl while a hole is being formatted comes after the text before the hole. Stdout is
 * buffered and flushed at each newline and at exit (normal return, std::process::exit, panic);
 * stderr is not buffered, as in Rust.
 *
 * Every symbol starts with __toyrust_ so it cannot clash with a user function.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

/*
 * `stream` is 1 or 2 for a `print!`/`eprint!` buffer: its text goes out piece by piece, as Rust's
 * `print!` writes each piece to the locked stdout as it goes, so a `println!` inside a `Display`
 * impl (or its panic) comes after the text before the hole. 0 for `format!` and panic messages.
 */
typedef struct {
    uint8_t *ptr;
    uint64_t len;
    uint64_t cap;
    int32_t stream;
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

static void buf_drain(TrBuf *b);

static void buf_bytes(TrBuf *b, const uint8_t *p, uint64_t n) {
    __toyrust_buf_reserve(b, n);
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
    if (b->stream) buf_drain(b);
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

/* A bool and a char are padded as a string slice (std's `Formatter::pad`): a precision truncates them too (`{:.3}` of true is "tru"). */
void __toyrust_buf_bool(TrBuf *b, int32_t value, const TrSpec *spec) {
    if (value) __toyrust_buf_str(b, (const uint8_t *)"true", 4, spec);
    else __toyrust_buf_str(b, (const uint8_t *)"false", 5, spec);
}

void __toyrust_buf_char(TrBuf *b, uint32_t c, const TrSpec *spec) {
    uint8_t enc[4];
    int n = utf8_encode(c, enc);
    __toyrust_buf_str(b, enc, (uint64_t)n, spec);
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

/* GENERATED by scripts/gen-debug-escapes.sh from rustc 1.95.0: do not edit. */
static const uint32_t DEBUG_ESCAPED[][2] = {
    {0x1, 0x8},
    {0xB, 0xC},
    {0xE, 0x1F},
    {0x7F, 0xA0},
    {0xAD, 0xAD},
    {0x300, 0x36F},
    {0x378, 0x379},
    {0x380, 0x383},
    {0x38B, 0x38B},
    {0x38D, 0x38D},
    {0x3A2, 0x3A2},
    {0x483, 0x489},
    {0x530, 0x530},
    {0x557, 0x558},
    {0x58B, 0x58C},
    {0x590, 0x5BD},
    {0x5BF, 0x5BF},
    {0x5C1, 0x5C2},
    {0x5C4, 0x5C5},
    {0x5C7, 0x5CF},
    {0x5EB, 0x5EE},
    {0x5F5, 0x605},
    {0x610, 0x61A},
    {0x61C, 0x61C},
    {0x64B, 0x65F},
    {0x670, 0x670},
    {0x6D6, 0x6DD},
    {0x6DF, 0x6E4},
    {0x6E7, 0x6E8},
    {0x6EA, 0x6ED},
    {0x70E, 0x70F},
    {0x711, 0x711},
    {0x730, 0x74C},
    {0x7A6, 0x7B0},
    {0x7B2, 0x7BF},
    {0x7EB, 0x7F3},
    {0x7FB, 0x7FD},
    {0x816, 0x819},
    {0x81B, 0x823},
    {0x825, 0x827},
    {0x829, 0x82F},
    {0x83F, 0x83F},
    {0x859, 0x85D},
    {0x85F, 0x85F},
    {0x86B, 0x86F},
    {0x890, 0x89F},
    {0x8CA, 0x902},
    {0x93A, 0x93A},
    {0x93C, 0x93C},
    {0x941, 0x948},
    {0x94D, 0x94D},
    {0x951, 0x957},
    {0x962, 0x963},
    {0x981, 0x981},
    {0x984, 0x984},
    {0x98D, 0x98E},
    {0x991, 0x992},
    {0x9A9, 0x9A9},
    {0x9B1, 0x9B1},
    {0x9B3, 0x9B5},
    {0x9BA, 0x9BC},
    {0x9BE, 0x9BE},
    {0x9C1, 0x9C6},
    {0x9C9, 0x9CA},
    {0x9CD, 0x9CD},
    {0x9CF, 0x9DB},
    {0x9DE, 0x9DE},
    {0x9E2, 0x9E5},
    {0x9FE, 0xA02},
    {0xA04, 0xA04},
    {0xA0B, 0xA0E},
    {0xA11, 0xA12},
    {0xA29, 0xA29},
    {0xA31, 0xA31},
    {0xA34, 0xA34},
    {0xA37, 0xA37},
    {0xA3A, 0xA3D},
    {0xA41, 0xA58},
    {0xA5D, 0xA5D},
    {0xA5F, 0xA65},
    {0xA70, 0xA71},
    {0xA75, 0xA75},
    {0xA77, 0xA82},
    {0xA84, 0xA84},
    {0xA8E, 0xA8E},
    {0xA92, 0xA92},
    {0xAA9, 0xAA9},
    {0xAB1, 0xAB1},
    {0xAB4, 0xAB4},
    {0xABA, 0xABC},
    {0xAC1, 0xAC8},
    {0xACA, 0xACA},
    {0xACD, 0xACF},
    {0xAD1, 0xADF},
    {0xAE2, 0xAE5},
    {0xAF2, 0xAF8},
    {0xAFA, 0xB01},
    {0xB04, 0xB04},
    {0xB0D, 0xB0E},
    {0xB11, 0xB12},
    {0xB29, 0xB29},
    {0xB31, 0xB31},
    {0xB34, 0xB34},
    {0xB3A, 0xB3C},
    {0xB3E, 0xB3F},
    {0xB41, 0xB46},
    {0xB49, 0xB4A},
    {0xB4D, 0xB5B},
    {0xB5E, 0xB5E},
    {0xB62, 0xB65},
    {0xB78, 0xB82},
    {0xB84, 0xB84},
    {0xB8B, 0xB8D},
    {0xB91, 0xB91},
    {0xB96, 0xB98},
    {0xB9B, 0xB9B},
    {0xB9D, 0xB9D},
    {0xBA0, 0xBA2},
    {0xBA5, 0xBA7},
    {0xBAB, 0xBAD},
    {0xBBA, 0xBBE},
    {0xBC0, 0xBC0},
    {0xBC3, 0xBC5},
    {0xBC9, 0xBC9},
    {0xBCD, 0xBCF},
    {0xBD1, 0xBE5},
    {0xBFB, 0xC00},
    {0xC04, 0xC04},
    {0xC0D, 0xC0D},
    {0xC11, 0xC11},
    {0xC29, 0xC29},
    {0xC3A, 0xC3C},
    {0xC3E, 0xC40},
    {0xC45, 0xC57},
    {0xC5B, 0xC5B},
    {0xC5E, 0xC5F},
    {0xC62, 0xC65},
    {0xC70, 0xC76},
    {0xC81, 0xC81},
    {0xC8D, 0xC8D},
    {0xC91, 0xC91},
    {0xCA9, 0xCA9},
    {0xCB4, 0xCB4},
    {0xCBA, 0xCBC},
    {0xCBF, 0xCC0},
    {0xCC2, 0xCC2},
    {0xCC5, 0xCDB},
    {0xCDF, 0xCDF},
    {0xCE2, 0xCE5},
    {0xCF0, 0xCF0},
    {0xCF4, 0xD01},
    {0xD0D, 0xD0D},
    {0xD11, 0xD11},
    {0xD3B, 0xD3C},
    {0xD3E, 0xD3E},
    {0xD41, 0xD45},
    {0xD49, 0xD49},
    {0xD4D, 0xD4D},
    {0xD50, 0xD53},
    {0xD57, 0xD57},
    {0xD62, 0xD65},
    {0xD80, 0xD81},
    {0xD84, 0xD84},
    {0xD97, 0xD99},
    {0xDB2, 0xDB2},
    {0xDBC, 0xDBC},
    {0xDBE, 0xDBF},
    {0xDC7, 0xDCF},
    {0xDD2, 0xDD7},
    {0xDDF, 0xDE5},
    {0xDF0, 0xDF1},
    {0xDF5, 0xE00},
    {0xE31, 0xE31},
    {0xE34, 0xE3E},
    {0xE47, 0xE4E},
    {0xE5C, 0xE80},
    {0xE83, 0xE83},
    {0xE85, 0xE85},
    {0xE8B, 0xE8B},
    {0xEA4, 0xEA4},
    {0xEA6, 0xEA6},
    {0xEB1, 0xEB1},
    {0xEB4, 0xEBC},
    {0xEBE, 0xEBF},
    {0xEC5, 0xEC5},
    {0xEC7, 0xECF},
    {0xEDA, 0xEDB},
    {0xEE0, 0xEFF},
    {0xF18, 0xF19},
    {0xF35, 0xF35},
    {0xF37, 0xF37},
    {0xF39, 0xF39},
    {0xF48, 0xF48},
    {0xF6D, 0xF7E},
    {0xF80, 0xF84},
    {0xF86, 0xF87},
    {0xF8D, 0xFBD},
    {0xFC6, 0xFC6},
    {0xFCD, 0xFCD},
    {0xFDB, 0xFFF},
    {0x102D, 0x1030},
    {0x1032, 0x1037},
    {0x1039, 0x103A},
    {0x103D, 0x103E},
    {0x1058, 0x1059},
    {0x105E, 0x1060},
    {0x1071, 0x1074},
    {0x1082, 0x1082},
    {0x1085, 0x1086},
    {0x108D, 0x108D},
    {0x109D, 0x109D},
    {0x10C6, 0x10C6},
    {0x10C8, 0x10CC},
    {0x10CE, 0x10CF},
    {0x1249, 0x1249},
    {0x124E, 0x124F},
    {0x1257, 0x1257},
    {0x1259, 0x1259},
    {0x125E, 0x125F},
    {0x1289, 0x1289},
    {0x128E, 0x128F},
    {0x12B1, 0x12B1},
    {0x12B6, 0x12B7},
    {0x12BF, 0x12BF},
    {0x12C1, 0x12C1},
    {0x12C6, 0x12C7},
    {0x12D7, 0x12D7},
    {0x1311, 0x1311},
    {0x1316, 0x1317},
    {0x135B, 0x135F},
    {0x137D, 0x137F},
    {0x139A, 0x139F},
    {0x13F6, 0x13F7},
    {0x13FE, 0x13FF},
    {0x1680, 0x1680},
    {0x169D, 0x169F},
    {0x16F9, 0x16FF},
    {0x1712, 0x171E},
    {0x1732, 0x1734},
    {0x1737, 0x173F},
    {0x1752, 0x175F},
    {0x176D, 0x176D},
    {0x1771, 0x177F},
    {0x17B4, 0x17B5},
    {0x17B7, 0x17BD},
    {0x17C6, 0x17C6},
    {0x17C9, 0x17D3},
    {0x17DD, 0x17DF},
    {0x17EA, 0x17EF},
    {0x17FA, 0x17FF},
    {0x180B, 0x180F},
    {0x181A, 0x181F},
    {0x1879, 0x187F},
    {0x1885, 0x1886},
    {0x18A9, 0x18A9},
    {0x18AB, 0x18AF},
    {0x18F6, 0x18FF},
    {0x191F, 0x1922},
    {0x1927, 0x1928},
    {0x192C, 0x192F},
    {0x1932, 0x1932},
    {0x1939, 0x193F},
    {0x1941, 0x1943},
    {0x196E, 0x196F},
    {0x1975, 0x197F},
    {0x19AC, 0x19AF},
    {0x19CA, 0x19CF},
    {0x19DB, 0x19DD},
    {0x1A17, 0x1A18},
    {0x1A1B, 0x1A1D},
    {0x1A56, 0x1A56},
    {0x1A58, 0x1A60},
    {0x1A62, 0x1A62},
    {0x1A65, 0x1A6C},
    {0x1A73, 0x1A7F},
    {0x1A8A, 0x1A8F},
    {0x1A9A, 0x1A9F},
    {0x1AAE, 0x1B03},
    {0x1B34, 0x1B3D},
    {0x1B42, 0x1B44},
    {0x1B4D, 0x1B4D},
    {0x1B6B, 0x1B73},
    {0x1B80, 0x1B81},
    {0x1BA2, 0x1BA5},
    {0x1BA8, 0x1BAD},
    {0x1BE6, 0x1BE6},
    {0x1BE8, 0x1BE9},
    {0x1BED, 0x1BED},
    {0x1BEF, 0x1BFB},
    {0x1C2C, 0x1C33},
    {0x1C36, 0x1C3A},
    {0x1C4A, 0x1C4C},
    {0x1C8B, 0x1C8F},
    {0x1CBB, 0x1CBC},
    {0x1CC8, 0x1CD2},
    {0x1CD4, 0x1CE0},
    {0x1CE2, 0x1CE8},
    {0x1CED, 0x1CED},
    {0x1CF4, 0x1CF4},
    {0x1CF8, 0x1CF9},
    {0x1CFB, 0x1CFF},
    {0x1DC0, 0x1DFF},
    {0x1F16, 0x1F17},
    {0x1F1E, 0x1F1F},
    {0x1F46, 0x1F47},
    {0x1F4E, 0x1F4F},
    {0x1F58, 0x1F58},
    {0x1F5A, 0x1F5A},
    {0x1F5C, 0x1F5C},
    {0x1F5E, 0x1F5E},
    {0x1F7E, 0x1F7F},
    {0x1FB5, 0x1FB5},
    {0x1FC5, 0x1FC5},
    {0x1FD4, 0x1FD5},
    {0x1FDC, 0x1FDC},
    {0x1FF0, 0x1FF1},
    {0x1FF5, 0x1FF5},
    {0x1FFF, 0x200F},
    {0x2028, 0x202F},
    {0x205F, 0x206F},
    {0x2072, 0x2073},
    {0x208F, 0x208F},
    {0x209D, 0x209F},
    {0x20C2, 0x20FF},
    {0x218C, 0x218F},
    {0x242A, 0x243F},
    {0x244B, 0x245F},
    {0x2B74, 0x2B75},
    {0x2CEF, 0x2CF1},
    {0x2CF4, 0x2CF8},
    {0x2D26, 0x2D26},
    {0x2D28, 0x2D2C},
    {0x2D2E, 0x2D2F},
    {0x2D68, 0x2D6E},
    {0x2D71, 0x2D7F},
    {0x2D97, 0x2D9F},
    {0x2DA7, 0x2DA7},
    {0x2DAF, 0x2DAF},
    {0x2DB7, 0x2DB7},
    {0x2DBF, 0x2DBF},
    {0x2DC7, 0x2DC7},
    {0x2DCF, 0x2DCF},
    {0x2DD7, 0x2DD7},
    {0x2DDF, 0x2DFF},
    {0x2E5E, 0x2E7F},
    {0x2E9A, 0x2E9A},
    {0x2EF4, 0x2EFF},
    {0x2FD6, 0x2FEF},
    {0x3000, 0x3000},
    {0x302A, 0x302F},
    {0x3040, 0x3040},
    {0x3097, 0x309A},
    {0x3100, 0x3104},
    {0x3130, 0x3130},
    {0x318F, 0x318F},
    {0x31E6, 0x31EE},
    {0x321F, 0x321F},
    {0xA48D, 0xA48F},
    {0xA4C7, 0xA4CF},
    {0xA62C, 0xA63F},
    {0xA66F, 0xA672},
    {0xA674, 0xA67D},
    {0xA69E, 0xA69F},
    {0xA6F0, 0xA6F1},
    {0xA6F8, 0xA6FF},
    {0xA7DD, 0xA7F0},
    {0xA802, 0xA802},
    {0xA806, 0xA806},
    {0xA80B, 0xA80B},
    {0xA825, 0xA826},
    {0xA82C, 0xA82F},
    {0xA83A, 0xA83F},
    {0xA878, 0xA87F},
    {0xA8C4, 0xA8CD},
    {0xA8DA, 0xA8F1},
    {0xA8FF, 0xA8FF},
    {0xA926, 0xA92D},
    {0xA947, 0xA951},
    {0xA953, 0xA95E},
    {0xA97D, 0xA982},
    {0xA9B3, 0xA9B3},
    {0xA9B6, 0xA9B9},
    {0xA9BC, 0xA9BD},
    {0xA9C0, 0xA9C0},
    {0xA9CE, 0xA9CE},
    {0xA9DA, 0xA9DD},
    {0xA9E5, 0xA9E5},
    {0xA9FF, 0xA9FF},
    {0xAA29, 0xAA2E},
    {0xAA31, 0xAA32},
    {0xAA35, 0xAA3F},
    {0xAA43, 0xAA43},
    {0xAA4C, 0xAA4C},
    {0xAA4E, 0xAA4F},
    {0xAA5A, 0xAA5B},
    {0xAA7C, 0xAA7C},
    {0xAAB0, 0xAAB0},
    {0xAAB2, 0xAAB4},
    {0xAAB7, 0xAAB8},
    {0xAABE, 0xAABF},
    {0xAAC1, 0xAAC1},
    {0xAAC3, 0xAADA},
    {0xAAEC, 0xAAED},
    {0xAAF6, 0xAB00},
    {0xAB07, 0xAB08},
    {0xAB0F, 0xAB10},
    {0xAB17, 0xAB1F},
    {0xAB27, 0xAB27},
    {0xAB2F, 0xAB2F},
    {0xAB6C, 0xAB6F},
    {0xABE5, 0xABE5},
    {0xABE8, 0xABE8},
    {0xABED, 0xABEF},
    {0xABFA, 0xABFF},
    {0xD7A4, 0xD7AF},
    {0xD7C7, 0xD7CA},
    {0xD7FC, 0xF8FF},
    {0xFA6E, 0xFA6F},
    {0xFADA, 0xFAFF},
    {0xFB07, 0xFB12},
    {0xFB18, 0xFB1C},
    {0xFB1E, 0xFB1E},
    {0xFB37, 0xFB37},
    {0xFB3D, 0xFB3D},
    {0xFB3F, 0xFB3F},
    {0xFB42, 0xFB42},
    {0xFB45, 0xFB45},
    {0xFDD0, 0xFDEF},
    {0xFE00, 0xFE0F},
    {0xFE1A, 0xFE2F},
    {0xFE53, 0xFE53},
    {0xFE67, 0xFE67},
    {0xFE6C, 0xFE6F},
    {0xFE75, 0xFE75},
    {0xFEFD, 0xFF00},
    {0xFF9E, 0xFF9F},
    {0xFFBF, 0xFFC1},
    {0xFFC8, 0xFFC9},
    {0xFFD0, 0xFFD1},
    {0xFFD8, 0xFFD9},
    {0xFFDD, 0xFFDF},
    {0xFFE7, 0xFFE7},
    {0xFFEF, 0xFFFB},
    {0xFFFE, 0xFFFF},
    {0x1000C, 0x1000C},
    {0x10027, 0x10027},
    {0x1003B, 0x1003B},
    {0x1003E, 0x1003E},
    {0x1004E, 0x1004F},
    {0x1005E, 0x1007F},
    {0x100FB, 0x100FF},
    {0x10103, 0x10106},
    {0x10134, 0x10136},
    {0x1018F, 0x1018F},
    {0x1019D, 0x1019F},
    {0x101A1, 0x101CF},
    {0x101FD, 0x1027F},
    {0x1029D, 0x1029F},
    {0x102D1, 0x102E0},
    {0x102FC, 0x102FF},
    {0x10324, 0x1032C},
    {0x1034B, 0x1034F},
    {0x10376, 0x1037F},
    {0x1039E, 0x1039E},
    {0x103C4, 0x103C7},
    {0x103D6, 0x103FF},
    {0x1049E, 0x1049F},
    {0x104AA, 0x104AF},
    {0x104D4, 0x104D7},
    {0x104FC, 0x104FF},
    {0x10528, 0x1052F},
    {0x10564, 0x1056E},
    {0x1057B, 0x1057B},
    {0x1058B, 0x1058B},
    {0x10593, 0x10593},
    {0x10596, 0x10596},
    {0x105A2, 0x105A2},
    {0x105B2, 0x105B2},
    {0x105BA, 0x105BA},
    {0x105BD, 0x105BF},
    {0x105F4, 0x105FF},
    {0x10737, 0x1073F},
    {0x10756, 0x1075F},
    {0x10768, 0x1077F},
    {0x10786, 0x10786},
    {0x107B1, 0x107B1},
    {0x107BB, 0x107FF},
    {0x10806, 0x10807},
    {0x10809, 0x10809},
    {0x10836, 0x10836},
    {0x10839, 0x1083B},
    {0x1083D, 0x1083E},
    {0x10856, 0x10856},
    {0x1089F, 0x108A6},
    {0x108B0, 0x108DF},
    {0x108F3, 0x108F3},
    {0x108F6, 0x108FA},
    {0x1091C, 0x1091E},
    {0x1093A, 0x1093E},
    {0x1095A, 0x1097F},
    {0x109B8, 0x109BB},
    {0x109D0, 0x109D1},
    {0x10A01, 0x10A0F},
    {0x10A14, 0x10A14},
    {0x10A18, 0x10A18},
    {0x10A36, 0x10A3F},
    {0x10A49, 0x10A4F},
    {0x10A59, 0x10A5F},
    {0x10AA0, 0x10ABF},
    {0x10AE5, 0x10AEA},
    {0x10AF7, 0x10AFF},
    {0x10B36, 0x10B38},
    {0x10B56, 0x10B57},
    {0x10B73, 0x10B77},
    {0x10B92, 0x10B98},
    {0x10B9D, 0x10BA8},
    {0x10BB0, 0x10BFF},
    {0x10C49, 0x10C7F},
    {0x10CB3, 0x10CBF},
    {0x10CF3, 0x10CF9},
    {0x10D24, 0x10D2F},
    {0x10D3A, 0x10D3F},
    {0x10D66, 0x10D6D},
    {0x10D86, 0x10D8D},
    {0x10D90, 0x10E5F},
    {0x10E7F, 0x10E7F},
    {0x10EAA, 0x10EAC},
    {0x10EAE, 0x10EAF},
    {0x10EB2, 0x10EC1},
    {0x10EC8, 0x10ECF},
    {0x10ED9, 0x10EFF},
    {0x10F28, 0x10F2F},
    {0x10F46, 0x10F50},
    {0x10F5A, 0x10F6F},
    {0x10F82, 0x10F85},
    {0x10F8A, 0x10FAF},
    {0x10FCC, 0x10FDF},
    {0x10FF7, 0x10FFF},
    {0x11001, 0x11001},
    {0x11038, 0x11046},
    {0x1104E, 0x11051},
    {0x11070, 0x11070},
    {0x11073, 0x11074},
    {0x11076, 0x11081},
    {0x110B3, 0x110B6},
    {0x110B9, 0x110BA},
    {0x110BD, 0x110BD},
    {0x110C2, 0x110CF},
    {0x110E9, 0x110EF},
    {0x110FA, 0x11102},
    {0x11127, 0x1112B},
    {0x1112D, 0x11135},
    {0x11148, 0x1114F},
    {0x11173, 0x11173},
    {0x11177, 0x11181},
    {0x111B6, 0x111BE},
    {0x111C0, 0x111C0},
    {0x111C9, 0x111CC},
    {0x111CF, 0x111CF},
    {0x111E0, 0x111E0},
    {0x111F5, 0x111FF},
    {0x11212, 0x11212},
    {0x1122F, 0x11231},
    {0x11234, 0x11237},
    {0x1123E, 0x1123E},
    {0x11241, 0x1127F},
    {0x11287, 0x11287},
    {0x11289, 0x11289},
    {0x1128E, 0x1128E},
    {0x1129E, 0x1129E},
    {0x112AA, 0x112AF},
    {0x112DF, 0x112DF},
    {0x112E3, 0x112EF},
    {0x112FA, 0x11301},
    {0x11304, 0x11304},
    {0x1130D, 0x1130E},
    {0x11311, 0x11312},
    {0x11329, 0x11329},
    {0x11331, 0x11331},
    {0x11334, 0x11334},
    {0x1133A, 0x1133C},
    {0x1133E, 0x1133E},
    {0x11340, 0x11340},
    {0x11345, 0x11346},
    {0x11349, 0x1134A},
    {0x1134D, 0x1134F},
    {0x11351, 0x1135C},
    {0x11364, 0x1137F},
    {0x1138A, 0x1138A},
    {0x1138C, 0x1138D},
    {0x1138F, 0x1138F},
    {0x113B6, 0x113B6},
    {0x113B8, 0x113B8},
    {0x113BB, 0x113C9},
    {0x113CB, 0x113CB},
    {0x113CE, 0x113D0},
    {0x113D2, 0x113D2},
    {0x113D6, 0x113D6},
    {0x113D9, 0x113FF},
    {0x11438, 0x1143F},
    {0x11442, 0x11444},
    {0x11446, 0x11446},
    {0x1145C, 0x1145C},
    {0x1145E, 0x1145E},
    {0x11462, 0x1147F},
    {0x114B0, 0x114B0},
    {0x114B3, 0x114B8},
    {0x114BA, 0x114BA},
    {0x114BD, 0x114BD},
    {0x114BF, 0x114C0},
    {0x114C2, 0x114C3},
    {0x114C8, 0x114CF},
    {0x114DA, 0x1157F},
    {0x115AF, 0x115AF},
    {0x115B2, 0x115B7},
    {0x115BC, 0x115BD},
    {0x115BF, 0x115C0},
    {0x115DC, 0x115FF},
    {0x11633, 0x1163A},
    {0x1163D, 0x1163D},
    {0x1163F, 0x11640},
    {0x11645, 0x1164F},
    {0x1165A, 0x1165F},
    {0x1166D, 0x1167F},
    {0x116AB, 0x116AB},
    {0x116AD, 0x116AD},
    {0x116B0, 0x116B7},
    {0x116BA, 0x116BF},
    {0x116CA, 0x116CF},
    {0x116E4, 0x116FF},
    {0x1171B, 0x1171D},
    {0x1171F, 0x1171F},
    {0x11722, 0x11725},
    {0x11727, 0x1172F},
    {0x11747, 0x117FF},
    {0x1182F, 0x11837},
    {0x11839, 0x1183A},
    {0x1183C, 0x1189F},
    {0x118F3, 0x118FE},
    {0x11907, 0x11908},
    {0x1190A, 0x1190B},
    {0x11914, 0x11914},
    {0x11917, 0x11917},
    {0x11930, 0x11930},
    {0x11936, 0x11936},
    {0x11939, 0x1193E},
    {0x11943, 0x11943},
    {0x11947, 0x1194F},
    {0x1195A, 0x1199F},
    {0x119A8, 0x119A9},
    {0x119D4, 0x119DB},
    {0x119E0, 0x119E0},
    {0x119E5, 0x119FF},
    {0x11A01, 0x11A0A},
    {0x11A33, 0x11A38},
    {0x11A3B, 0x11A3E},
    {0x11A47, 0x11A4F},
    {0x11A51, 0x11A56},
    {0x11A59, 0x11A5B},
    {0x11A8A, 0x11A96},
    {0x11A98, 0x11A99},
    {0x11AA3, 0x11AAF},
    {0x11AF9, 0x11AFF},
    {0x11B0A, 0x11B60},
    {0x11B62, 0x11B64},
    {0x11B66, 0x11B66},
    {0x11B68, 0x11BBF},
    {0x11BE2, 0x11BEF},
    {0x11BFA, 0x11BFF},
    {0x11C09, 0x11C09},
    {0x11C30, 0x11C3D},
    {0x11C3F, 0x11C3F},
    {0x11C46, 0x11C4F},
    {0x11C6D, 0x11C6F},
    {0x11C90, 0x11CA8},
    {0x11CAA, 0x11CB0},
    {0x11CB2, 0x11CB3},
    {0x11CB5, 0x11CFF},
    {0x11D07, 0x11D07},
    {0x11D0A, 0x11D0A},
    {0x11D31, 0x11D45},
    {0x11D47, 0x11D4F},
    {0x11D5A, 0x11D5F},
    {0x11D66, 0x11D66},
    {0x11D69, 0x11D69},
    {0x11D8F, 0x11D92},
    {0x11D95, 0x11D95},
    {0x11D97, 0x11D97},
    {0x11D99, 0x11D9F},
    {0x11DAA, 0x11DAF},
    {0x11DDC, 0x11DDF},
    {0x11DEA, 0x11EDF},
    {0x11EF3, 0x11EF4},
    {0x11EF9, 0x11F01},
    {0x11F11, 0x11F11},
    {0x11F36, 0x11F3D},
    {0x11F40, 0x11F42},
    {0x11F5A, 0x11FAF},
    {0x11FB1, 0x11FBF},
    {0x11FF2, 0x11FFE},
    {0x1239A, 0x123FF},
    {0x1246F, 0x1246F},
    {0x12475, 0x1247F},
    {0x12544, 0x12F8F},
    {0x12FF3, 0x12FFF},
    {0x13430, 0x13440},
    {0x13447, 0x1345F},
    {0x143FB, 0x143FF},
    {0x14647, 0x160FF},
    {0x1611E, 0x16129},
    {0x1612D, 0x1612F},
    {0x1613A, 0x167FF},
    {0x16A39, 0x16A3F},
    {0x16A5F, 0x16A5F},
    {0x16A6A, 0x16A6D},
    {0x16ABF, 0x16ABF},
    {0x16ACA, 0x16ACF},
    {0x16AEE, 0x16AF4},
    {0x16AF6, 0x16AFF},
    {0x16B30, 0x16B36},
    {0x16B46, 0x16B4F},
    {0x16B5A, 0x16B5A},
    {0x16B62, 0x16B62},
    {0x16B78, 0x16B7C},
    {0x16B90, 0x16D3F},
    {0x16D7A, 0x16E3F},
    {0x16E9B, 0x16E9F},
    {0x16EB9, 0x16EBA},
    {0x16ED4, 0x16EFF},
    {0x16F4B, 0x16F4F},
    {0x16F88, 0x16F92},
    {0x16FA0, 0x16FDF},
    {0x16FE4, 0x16FF1},
    {0x16FF7, 0x16FFF},
    {0x18CD6, 0x18CFE},
    {0x18D1F, 0x18D7F},
    {0x18DF3, 0x1AFEF},
    {0x1AFF4, 0x1AFF4},
    {0x1AFFC, 0x1AFFC},
    {0x1AFFF, 0x1AFFF},
    {0x1B123, 0x1B131},
    {0x1B133, 0x1B14F},
    {0x1B153, 0x1B154},
    {0x1B156, 0x1B163},
    {0x1B168, 0x1B16F},
    {0x1B2FC, 0x1BBFF},
    {0x1BC6B, 0x1BC6F},
    {0x1BC7D, 0x1BC7F},
    {0x1BC89, 0x1BC8F},
    {0x1BC9A, 0x1BC9B},
    {0x1BC9D, 0x1BC9E},
    {0x1BCA0, 0x1CBFF},
    {0x1CCFD, 0x1CCFF},
    {0x1CEB4, 0x1CEB9},
    {0x1CED1, 0x1CEDF},
    {0x1CEF1, 0x1CF4F},
    {0x1CFC4, 0x1CFFF},
    {0x1D0F6, 0x1D0FF},
    {0x1D127, 0x1D128},
    {0x1D165, 0x1D169},
    {0x1D16D, 0x1D182},
    {0x1D185, 0x1D18B},
    {0x1D1AA, 0x1D1AD},
    {0x1D1EB, 0x1D1FF},
    {0x1D242, 0x1D244},
    {0x1D246, 0x1D2BF},
    {0x1D2D4, 0x1D2DF},
    {0x1D2F4, 0x1D2FF},
    {0x1D357, 0x1D35F},
    {0x1D379, 0x1D3FF},
    {0x1D455, 0x1D455},
    {0x1D49D, 0x1D49D},
    {0x1D4A0, 0x1D4A1},
    {0x1D4A3, 0x1D4A4},
    {0x1D4A7, 0x1D4A8},
    {0x1D4AD, 0x1D4AD},
    {0x1D4BA, 0x1D4BA},
    {0x1D4BC, 0x1D4BC},
    {0x1D4C4, 0x1D4C4},
    {0x1D506, 0x1D506},
    {0x1D50B, 0x1D50C},
    {0x1D515, 0x1D515},
    {0x1D51D, 0x1D51D},
    {0x1D53A, 0x1D53A},
    {0x1D53F, 0x1D53F},
    {0x1D545, 0x1D545},
    {0x1D547, 0x1D549},
    {0x1D551, 0x1D551},
    {0x1D6A6, 0x1D6A7},
    {0x1D7CC, 0x1D7CD},
    {0x1DA00, 0x1DA36},
    {0x1DA3B, 0x1DA6C},
    {0x1DA75, 0x1DA75},
    {0x1DA84, 0x1DA84},
    {0x1DA8C, 0x1DEFF},
    {0x1DF1F, 0x1DF24},
    {0x1DF2B, 0x1E02F},
    {0x1E06E, 0x1E0FF},
    {0x1E12D, 0x1E136},
    {0x1E13E, 0x1E13F},
    {0x1E14A, 0x1E14D},
    {0x1E150, 0x1E28F},
    {0x1E2AE, 0x1E2BF},
    {0x1E2EC, 0x1E2EF},
    {0x1E2FA, 0x1E2FE},
    {0x1E300, 0x1E4CF},
    {0x1E4EC, 0x1E4EF},
    {0x1E4FA, 0x1E5CF},
    {0x1E5EE, 0x1E5EF},
    {0x1E5FB, 0x1E5FE},
    {0x1E600, 0x1E6BF},
    {0x1E6DF, 0x1E6DF},
    {0x1E6E3, 0x1E6E3},
    {0x1E6E6, 0x1E6E6},
    {0x1E6EE, 0x1E6EF},
    {0x1E6F5, 0x1E6FD},
    {0x1E700, 0x1E7DF},
    {0x1E7E7, 0x1E7E7},
    {0x1E7EC, 0x1E7EC},
    {0x1E7EF, 0x1E7EF},
    {0x1E7FF, 0x1E7FF},
    {0x1E8C5, 0x1E8C6},
    {0x1E8D0, 0x1E8FF},
    {0x1E944, 0x1E94A},
    {0x1E94C, 0x1E94F},
    {0x1E95A, 0x1E95D},
    {0x1E960, 0x1EC70},
    {0x1ECB5, 0x1ED00},
    {0x1ED3E, 0x1EDFF},
    {0x1EE04, 0x1EE04},
    {0x1EE20, 0x1EE20},
    {0x1EE23, 0x1EE23},
    {0x1EE25, 0x1EE26},
    {0x1EE28, 0x1EE28},
    {0x1EE33, 0x1EE33},
    {0x1EE38, 0x1EE38},
    {0x1EE3A, 0x1EE3A},
    {0x1EE3C, 0x1EE41},
    {0x1EE43, 0x1EE46},
    {0x1EE48, 0x1EE48},
    {0x1EE4A, 0x1EE4A},
    {0x1EE4C, 0x1EE4C},
    {0x1EE50, 0x1EE50},
    {0x1EE53, 0x1EE53},
    {0x1EE55, 0x1EE56},
    {0x1EE58, 0x1EE58},
    {0x1EE5A, 0x1EE5A},
    {0x1EE5C, 0x1EE5C},
    {0x1EE5E, 0x1EE5E},
    {0x1EE60, 0x1EE60},
    {0x1EE63, 0x1EE63},
    {0x1EE65, 0x1EE66},
    {0x1EE6B, 0x1EE6B},
    {0x1EE73, 0x1EE73},
    {0x1EE78, 0x1EE78},
    {0x1EE7D, 0x1EE7D},
    {0x1EE7F, 0x1EE7F},
    {0x1EE8A, 0x1EE8A},
    {0x1EE9C, 0x1EEA0},
    {0x1EEA4, 0x1EEA4},
    {0x1EEAA, 0x1EEAA},
    {0x1EEBC, 0x1EEEF},
    {0x1EEF2, 0x1EFFF},
    {0x1F02C, 0x1F02F},
    {0x1F094, 0x1F09F},
    {0x1F0AF, 0x1F0B0},
    {0x1F0C0, 0x1F0C0},
    {0x1F0D0, 0x1F0D0},
    {0x1F0F6, 0x1F0FF},
    {0x1F1AE, 0x1F1E5},
    {0x1F203, 0x1F20F},
    {0x1F23C, 0x1F23F},
    {0x1F249, 0x1F24F},
    {0x1F252, 0x1F25F},
    {0x1F266, 0x1F2FF},
    {0x1F6D9, 0x1F6DB},
    {0x1F6ED, 0x1F6EF},
    {0x1F6FD, 0x1F6FF},
    {0x1F7DA, 0x1F7DF},
    {0x1F7EC, 0x1F7EF},
    {0x1F7F1, 0x1F7FF},
    {0x1F80C, 0x1F80F},
    {0x1F848, 0x1F84F},
    {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F},
    {0x1F8AE, 0x1F8AF},
    {0x1F8BC, 0x1F8BF},
    {0x1F8C2, 0x1F8CF},
    {0x1F8D9, 0x1F8FF},
    {0x1FA58, 0x1FA5F},
    {0x1FA6E, 0x1FA6F},
    {0x1FA7D, 0x1FA7F},
    {0x1FA8B, 0x1FA8D},
    {0x1FAC7, 0x1FAC7},
    {0x1FAC9, 0x1FACC},
    {0x1FADD, 0x1FADE},
    {0x1FAEB, 0x1FAEE},
    {0x1FAF9, 0x1FAFF},
    {0x1FB93, 0x1FB93},
    {0x1FBFB, 0x1FFFF},
    {0x2A6E0, 0x2A6FF},
    {0x2B81E, 0x2B81F},
    {0x2CEAE, 0x2CEAF},
    {0x2EBE1, 0x2EBEF},
    {0x2EE5E, 0x2F7FF},
    {0x2FA1E, 0x2FFFF},
    {0x3134B, 0x3134F},
    {0x3347A, 0x10FFFF},
};
/* END GENERATED */

/* Whether Debug writes the code point as `\u{…}`: a binary search of the generated ranges. */
static int debug_escaped(uint32_t c) {
    size_t lo = 0, hi = sizeof DEBUG_ESCAPED / sizeof DEBUG_ESCAPED[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < DEBUG_ESCAPED[mid][0]) hi = mid;
        else if (c > DEBUG_ESCAPED[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

/*
 * Debug of char and str: quoted, with Rust's escapes (char::escape_debug): `\t \r \n \\ \0`, the
 * quote, and `\u{…}` for what is not printable or extends a grapheme (the generated table).
 */
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
    if (debug_escaped(c)) {
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
    buf_bytes(b, q.ptr, q.len); /* std's Debug for str writes its chars: no width, fill or precision */
    free(q.ptr);
    (void)spec;
}

void __toyrust_buf_char_debug(TrBuf *b, uint32_t c, const TrSpec *spec) {
    TrBuf q = {0};
    buf_bytes(&q, (const uint8_t *)"'", 1);
    buf_escaped(&q, c, '\'');
    buf_bytes(&q, (const uint8_t *)"'", 1);
    buf_bytes(b, q.ptr, q.len); /* as for str: std's Debug for char does not pad */
    free(q.ptr);
    (void)spec;
}

/* A print's buffer: what it holds goes out now (stdout is flushed at a newline, as for a whole print). */
static void buf_drain(TrBuf *b) {
    if (!b->len) return;
    if (b->stream == 2) {
        write_all(2, b->ptr, b->len);
    } else {
        out_append(b->ptr, b->len);
        if (memchr(b->ptr, '\n', b->len)) __toyrust_flush();
    }
    b->len = 0;
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
 * Unwinding after a panic. Rust runs the drops of every live value, frame by frame, before the
 * process ends with 101 (its `lang_start` catches the panic at the bottom of the stack). ToyRust's
 * code has a landing pad wherever values need dropping, with libgcc's `__gcc_personality_v0`; a
 * forced unwind runs those landing pads (never a catch, as there is none), and this stop function
 * ends the process once the unwinder has walked past the last frame.
 */
static struct _Unwind_Exception panic_exception;

static _Unwind_Reason_Code panic_stop(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                      struct _Unwind_Exception *exception, struct _Unwind_Context *context, void *arg) {
    (void)version; (void)cls; (void)exception; (void)context; (void)arg;
    if (actions & _UA_END_OF_STACK) {
        __toyrust_flush();
        exit(101);
    }
    return _URC_NO_REASON;
}

static _Noreturn void unwind_and_exit(void) {
    memcpy(&panic_exception.exception_class, "TOYRRUST", 8);
    _Unwind_ForcedUnwind(&panic_exception, panic_stop, NULL);
    /* Only if unwinding could not start. */
    __toyrust_flush();
    exit(101);
}

/*
 * The global allocator, as Rust's `System` allocator does it on Unix: malloc/realloc/free when
 * the alignment is at most what malloc guarantees (16 bytes on both targets) and at most the size,
 * posix_memalign otherwise. `std::alloc::{alloc, dealloc, realloc}` reach these through the
 * prelude's intrinsics.
 */
#define TR_MIN_ALIGN 16

void *__toyrust_alloc(uint64_t size, uint64_t align) {
    if (align <= TR_MIN_ALIGN && align <= size) return malloc(size);
    void *p = NULL;
    if (align < sizeof(void *)) align = sizeof(void *);
    return posix_memalign(&p, align, size) == 0 ? p : NULL;
}

void __toyrust_dealloc(void *p, uint64_t size, uint64_t align) {
    (void)size;
    (void)align;
    free(p);
}

void *__toyrust_realloc(void *p, uint64_t old_size, uint64_t align, uint64_t new_size) {
    if (align <= TR_MIN_ALIGN && align <= new_size) return realloc(p, new_size);
    void *fresh = __toyrust_alloc(new_size, align);
    if (fresh != NULL) {
        memcpy(fresh, p, old_size < new_size ? old_size : new_size);
        free(p);
    }
    return fresh;
}

/* `std::alloc::handle_alloc_error`: rustc's message on stderr, then abort (SIGABRT). */
_Noreturn void __toyrust_alloc_error(uint64_t size, uint64_t align) {
    (void)align;
    __toyrust_flush();
    char message[64];
    int n = snprintf(message, sizeof message, "memory allocation of %llu bytes failed\n", (unsigned long long)size);
    write_all(2, (const uint8_t *)message, (uint64_t)n);
    static const char hint[] = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    write_all(2, (const uint8_t *)hint, sizeof hint - 1);
    abort();
}

/*
 * A panic in the main thread, as rustc 1.95 prints it: a blank line, the thread's name and id
 * (the main thread's id is the process id), the location, the message, the backtrace hint;
 * then the unwinding, which drops what is live, and exit code 101.
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
    free(b.ptr);
    free(msg->ptr);
    msg->ptr = NULL;
    msg->len = msg->cap = 0;
    unwind_and_exit();
}

/* A panic whose message is a fixed string ("attempt to add with overflow"). */
_Noreturn void __toyrust_panic_str(const uint8_t *msg, uint64_t len, const uint8_t *file, uint64_t file_len, uint32_t line, uint32_t col) {
    TrBuf b = {0};
    buf_bytes(&b, msg, len);
    __toyrust_panic(&b, file, file_len, line, col);
}

/*
 * A failed bounds check, `index out of bounds: the len is 3 but the index is 5`: the generated
 * code makes one call with the two numbers (rustc's `panic_bounds_check`), so that each check
 * costs a compare and a cold call, not a formatting sequence.
 */
_Noreturn void __toyrust_panic_bounds(uint64_t index, uint64_t len, const uint8_t *file, uint64_t file_len, uint32_t line, uint32_t col) {
    static const char head[] = "index out of bounds: the len is ";
    static const char middle[] = " but the index is ";
    TrBuf b = {0};
    buf_bytes(&b, (const uint8_t *)head, sizeof head - 1);
    __toyrust_buf_int(&b, len, 64, 0, 0);
    buf_bytes(&b, (const uint8_t *)middle, sizeof middle - 1);
    __toyrust_buf_int(&b, index, 64, 0, 0);
    __toyrust_panic(&b, file, file_len, line, col);
}

/* `&str` equality (== on strings, string literal patterns). */
int32_t __toyrust_str_eq(const uint8_t *a, uint64_t alen, const uint8_t *b, uint64_t blen) {
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

/*
 * `{:?}` of tuples, arrays, structs and enums: the code generator emits one function per type,
 * `<T as Debug>::fmt(&value, &mut TrFmt)` (a MIR shim), which writes its parts through these
 * steps, as std's DebugStruct / DebugTuple / DebugList builders do. With `{:#?}` each part goes on
 * its own line, indented four spaces per level, and ends with a comma.
 */
typedef struct {
    TrBuf *buf;
    const TrSpec *spec;
    int32_t indent;
} TrFmt;

enum { DBG_STRUCT, DBG_TUPLE, DBG_LIST, DBG_ANON_TUPLE };

static int dbg_pretty(const TrFmt *f) { return f->spec && (f->spec->flags & FLAG_ALT); }

static void dbg_newline(TrFmt *f, int32_t level) {
    buf_bytes(f->buf, (const uint8_t *)"\n", 1);
    for (int32_t i = 0; i < level * 4; i++) buf_bytes(f->buf, (const uint8_t *)" ", 1);
}

/* The name (`Point`, a variant, or none), and the opening bracket of an array or tuple. */
void __toyrust_dbg_open(TrFmt *f, const uint8_t *name, uint64_t len, int32_t kind) {
    buf_bytes(f->buf, name, len);
    if (kind == DBG_LIST) buf_bytes(f->buf, (const uint8_t *)"[", 1);
    if (kind == DBG_ANON_TUPLE) buf_bytes(f->buf, (const uint8_t *)"(", 1);
}

/* Before part `index`: the separator (and a struct's ` { ` or a tuple struct's `(` before the first), and a field's name. */
void __toyrust_dbg_field(TrFmt *f, int32_t kind, int32_t index, const uint8_t *name, uint64_t len) {
    int pretty = dbg_pretty(f);
    if (index == 0 && kind == DBG_STRUCT) buf_bytes(f->buf, (const uint8_t *)(pretty ? " {" : " { "), pretty ? 2 : 3);
    if (index == 0 && kind == DBG_TUPLE) buf_bytes(f->buf, (const uint8_t *)"(", 1);
    if (pretty) dbg_newline(f, f->indent + 1);
    else if (index > 0) buf_bytes(f->buf, (const uint8_t *)", ", 2);
    if (kind == DBG_STRUCT) {
        buf_bytes(f->buf, name, len);
        buf_bytes(f->buf, (const uint8_t *)": ", 2);
    }
    f->indent++;
}

/* After a part: its comma when pretty. */
void __toyrust_dbg_field_end(TrFmt *f) {
    f->indent--;
    if (dbg_pretty(f)) buf_bytes(f->buf, (const uint8_t *)",", 1);
}

/* The closing bracket; none for a struct or tuple struct without fields (`Unit`), `,)` for a one-element tuple. */
void __toyrust_dbg_close(TrFmt *f, int32_t kind, int32_t count) {
    int pretty = dbg_pretty(f);
    if (count == 0 && (kind == DBG_STRUCT || kind == DBG_TUPLE)) return;
    if (pretty && count > 0) dbg_newline(f, f->indent);
    if (kind == DBG_STRUCT) buf_bytes(f->buf, (const uint8_t *)(pretty ? "}" : " }"), pretty ? 1 : 2);
    else if (kind == DBG_LIST) buf_bytes(f->buf, (const uint8_t *)"]", 1);
    else if (kind == DBG_ANON_TUPLE && count == 1 && !pretty) buf_bytes(f->buf, (const uint8_t *)",)", 2);
    else buf_bytes(f->buf, (const uint8_t *)")", 1);
}

/* `Formatter::pad(s)`: the text with the formatter's spec (fill, alignment, width, precision), as a `&str` hole. */
void __toyrust_fmt_pad(TrFmt *f, const uint8_t *p, uint64_t n) {
    __toyrust_buf_str(f->buf, p, n, f->spec);
}

/* `Formatter::width()` (0), `precision()` (1): -1 for none; `fill()` (2); the flags (3). `{}` has no spec. */
int64_t __toyrust_fmt_query(const TrFmt *f, int32_t what) {
    const TrSpec *spec = f->spec;
    switch (what) {
    case 0: return spec ? spec->width : -1;
    case 1: return spec ? spec->precision : -1;
    case 2: return spec ? spec->fill : ' ';
    default: return spec ? spec->flags : 0;
    }
}

/* `str`'s order: bytewise, then the shorter first (what `Ord for str` does): -1, 0 or 1. */
int32_t __toyrust_str_cmp(const uint8_t *a, uint64_t alen, const uint8_t *b, uint64_t blen) {
    uint64_t n = alen < blen ? alen : blen;
    int c = n == 0 ? 0 : memcmp(a, b, n);
    if (c != 0) return c < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen ? 1 : 0;
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
