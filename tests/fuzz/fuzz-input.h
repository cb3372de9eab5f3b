/* SPDX-License-Identifier: MPL-2.0 */
/* What every fuzz target shares: the input bytes read as a stream of
 * choices. Each reader consumes a few bytes and maps them onto values a
 * planner could type and values nobody would: so a short input already
 * names a valid ship type or a network, and a mutation of one byte swaps
 * one value for another. Past the end of the input every reader gives 0,
 * the first choice, so every input is a complete call. */
#pragma once

#include "scheduler/error.h"

#include <glib.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const guint8 *data;
    gsize size;
    gsize pos;
    /* A text made so far holds "(null)" (pieces can join into it). */
    gboolean texts_hold_null;
} FuzzInput;

static inline void fuzz_input_init(FuzzInput *in, const uint8_t *data, size_t size)
{
    in->data = data;
    in->size = size;
    in->pos = 0;
    in->texts_hold_null = FALSE;
}

static inline gboolean fuzz_done(const FuzzInput *in)
{
    return in->pos >= in->size;
}

static inline guint8 fuzz_byte(FuzzInput *in)
{
    return in->pos < in->size ? in->data[in->pos++] : 0;
}

static inline guint16 fuzz_u16(FuzzInput *in)
{
    guint16 hi = fuzz_byte(in);
    return (guint16)(hi << 8 | fuzz_byte(in));
}

static inline guint32 fuzz_u32(FuzzInput *in)
{
    guint32 hi = fuzz_u16(in);
    return hi << 16 | fuzz_u16(in);
}

/* A choice among @n (n <= 256) alternatives. */
static inline guint fuzz_pick(FuzzInput *in, guint n)
{
    return n > 0 ? fuzz_byte(in) % n : 0;
}

/* Numbers that sit on the edges of what the functions accept: date serials
 * at the ends of the supported dates (1583-01-01 is -115780 and
 * 9999-12-31 is 2958465 with the NullDate 1899-12-30), limits, the edges of
 * 32-bit and 53-bit integers, and what a double cannot hold. */
static const double fuzz_numbers[] = {
    0,
    1,
    -1,
    2,
    3,
    5,
    7,
    10,
    0.5,
    0.9,
    0.85,
    1.5,
    -0.5,
    1e-9,
    -1e-9,
    100,
    1000,
    1001,
    100000,
    100001,
    1048576,
    1048577,
    4000000,
    4000001,
    1e9,
    1e15,
    1e16,
    1e308,
    -1e308,
    5e-324,
    2147483647,
    2147483648.0,
    -2147483648.0,
    4294967296.0,
    9007199254740993.0,
    46101,   /* 2026-03-20 */
    46102,   /* 2026-03-21, a Saturday */
    46023,   /* 2026-01-01 */
    -115780, /* 1583-01-01 */
    -115781,
    2958465, /* 9999-12-31 */
    2958466,
    1462, /* 1904-01-01 */
    60,   /* 1900-02-29 in Lotus' count */
    2023,
    2026,
    2100,
    2101,
    1e6,
    1e7,
};

/* Texts a planner might type: codes of every parser, IDs and predecessor
 * fragments, currencies, blanks, and characters beyond ASCII. */
static const char *const fuzz_tokens[] = {
    "",
    " ",
    "\t",
    "0000011",
    "0000001",
    "1111111",
    "0000000",
    "5D",
    "6d",
    "7D",
    "KZ",
    "AZ",
    "TANKER",
    "bulk",
    "CONTAINER",
    "NCCV",
    "CARGO",
    "DIESEL",
    "SSD",
    "MSD",
    "DE",
    "UNIT",
    "CUMAVG",
    "READY",
    "DUE",
    "LISTED",
    "LINEAR",
    "FRONT",
    "BACK",
    "S",
    "CV",
    "SV",
    "CPI",
    "SPI",
    "EAC",
    "ETC",
    "VAC",
    "TCPI",
    "ES",
    "SPIT",
    "IEAC",
    "SVT",
    "UNITS",
    "0/100",
    "50/50",
    "20/80",
    "ES,EF,LS,LF,TF,FF,CRIT",
    "CRIT",
    "TF;FF",
    "START,FINISH,DELAY",
    "START",
    "DELAY",
    "A",
    "B",
    "C",
    "a",
    "A;B",
    "A,B",
    "AFS+2",
    "BSS-1",
    "CFF",
    "ASF+3d",
    "B FS -2",
    "1",
    "2",
    "10",
    "A10",
    ";",
    ",",
    "+",
    "-",
    "d",
    "FS",
    "SS",
    "FF",
    "SF",
    "+100000",
    "-100001",
    "99999999999",
    "USD",
    "usd",
    "KZT",
    "AZN",
    "EUR",
    "RUB",
    "x",
    "next Monday",
    "1,5",
    "1e5",
    "NaN",
    "inf",
    "\xc2\xa0",                         /* no-break space */
    "\xd0\x91\xd0\xb0\xd0\xba\xd1\x83", /* Баку */
    "\xc4\xb0",                         /* İ, whose lower case is longer */
    "\xe1\xba\x9e",                     /* ẞ */
    "\xf0\x9f\x9a\xa2",                 /* a ship, outside the BMP */
    "\xc3\xa4",
    "%s%n",
    "\"",
};

/* A number: one of the edge values, a small integer, a fraction, a date
 * near today, or any 64-bit pattern (NaN and infinities included). */
static inline double fuzz_number(FuzzInput *in)
{
    guint8 choice = fuzz_byte(in);
    if (choice < G_N_ELEMENTS(fuzz_numbers))
        return fuzz_numbers[choice];
    switch (choice % 8) {
    case 0: {
        guint64 bits = (guint64)fuzz_u32(in) << 32 | fuzz_u32(in);
        double d;
        memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 1:
        return NAN;
    case 2:
        return choice % 16 < 8 ? INFINITY : -INFINITY;
    case 3:
        return (double)(gint8)fuzz_byte(in) / 4.0;
    case 4:
        return 45000.0 + fuzz_u16(in) % 4000; /* dates 2023 .. 2034 */
    default:
        return (double)(gint16)fuzz_u16(in);
    }
}

/* A text of up to a few pieces, each a token or raw bytes of the input
 * (which may be invalid UTF-8: the targets that need valid text fix it). */
static inline void fuzz_text(FuzzInput *in, GString *out)
{
    g_string_truncate(out, 0);
    guint pieces = fuzz_pick(in, 5);
    for (guint i = 0; i < pieces; i++) {
        guint8 choice = fuzz_byte(in);
        if (choice < G_N_ELEMENTS(fuzz_tokens)) {
            g_string_append(out, fuzz_tokens[choice]);
        } else if (choice < 200) {
            gsize n = MIN((gsize)(choice - G_N_ELEMENTS(fuzz_tokens)) % 24, in->size - in->pos);
            g_string_append_len(out, (const char *)in->data + in->pos, (gssize)n);
            in->pos += n;
        } else if (choice < 230) {
            g_string_append_printf(out, "%d", (gint16)fuzz_u16(in));
        } else {
            /* A long run, to reach length limits. */
            guint n = 1u << (choice % 18);
            char c = (char)(fuzz_byte(in) | 0x20);
            for (guint k = 0; k < n; k++)
                g_string_append_c(out, c == 0x7f ? 'A' : c);
        }
    }
    if (strstr(out->str, "(null)") != NULL)
        in->texts_hold_null = TRUE;
}

/* The text as valid UTF-8 (invalid bytes replaced), owned by @pool. */
static inline const char *fuzz_valid_text(FuzzInput *in, GString *scratch, GStringChunk *pool)
{
    fuzz_text(in, scratch);
    /* Embedded NULs end a C string anyway: cut there first. */
    g_string_truncate(scratch, strlen(scratch->str));
    g_autofree char *valid = g_utf8_make_valid(scratch->str, (gssize)scratch->len);
    return g_string_chunk_insert(pool, valid);
}

/* Aborts the run with a message: the fuzzer records the input. */
#define FUZZ_REQUIRE(cond, ...)                                                                    \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            g_printerr("fuzz invariant broken: %s: ", #cond);                                      \
            g_printerr(__VA_ARGS__);                                                               \
            g_printerr("\n");                                                                      \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* TRUE when a message may quote "(null)" from the user's own input: the
 * input bytes or a text made from them hold it. */
static inline gboolean fuzz_input_has_null(const FuzzInput *in)
{
    static const char needle[] = "(null)";
    gsize n = sizeof needle - 1;
    if (in->texts_hold_null)
        return TRUE;
    for (gsize i = 0; i + n <= in->size; i++) {
        if (memcmp(in->data + i, needle, n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* A recoverable error must come from the engine's domain, with a message a
 * planner can read: valid UTF-8, not empty, no "(null)" from a NULL string
 * given to printf (unless the input itself holds that text). */
static inline void fuzz_check_error(const FuzzInput *in, const GError *error)
{
    FUZZ_REQUIRE(error != NULL, "a failure without an error");
    FUZZ_REQUIRE(error->domain == YP_ERROR, "%s", error->message);
    FUZZ_REQUIRE(error->message != NULL && error->message[0] != '\0', "an empty message");
    FUZZ_REQUIRE(g_utf8_validate(error->message, -1, NULL), "message not UTF-8");
    FUZZ_REQUIRE(strstr(error->message, "(null)") == NULL || fuzz_input_has_null(in), "%s",
                 error->message);
}
