/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/rng.h"

/* Reference algorithms: xoshiro256** 1.0 and splitmix64 as published by
 * Blackman and Vigna (prng.di.unimi.it), written here from the papers. */

static inline guint64 rotl(guint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/* splitmix64: Steele, Lea and Flood (2014), the seeding generator the
 * xoshiro authors recommend; it never yields an all-zero xoshiro state
 * from four consecutive outputs. */
static guint64 splitmix64(guint64 *state)
{
    guint64 z = (*state += G_GUINT64_CONSTANT(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

void yp_rng_init(YpRng *rng, guint64 seed)
{
    g_return_if_fail(rng != NULL);
    guint64 sm = seed;
    for (int i = 0; i < 4; i++)
        rng->s[i] = splitmix64(&sm);
}

guint64 yp_rng_next(YpRng *rng)
{
    guint64 *s = rng->s;
    const guint64 result = rotl(s[1] * 5, 7) * 9;
    const guint64 t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

void yp_rng_jump(YpRng *rng)
{
    /* The jump polynomial for 2^128 steps from the xoshiro256 reference. */
    static const guint64 jump[4] = {
        G_GUINT64_CONSTANT(0x180ec6d33cfd0aba),
        G_GUINT64_CONSTANT(0xd5a61266f0c9392c),
        G_GUINT64_CONSTANT(0xa9582618e03fc9aa),
        G_GUINT64_CONSTANT(0x39abdc4529b1661c),
    };
    g_return_if_fail(rng != NULL);
    guint64 acc[4] = { 0, 0, 0, 0 };
    for (int i = 0; i < 4; i++) {
        for (int b = 0; b < 64; b++) {
            if (jump[i] & (G_GUINT64_CONSTANT(1) << b)) {
                for (int w = 0; w < 4; w++)
                    acc[w] ^= rng->s[w];
            }
            yp_rng_next(rng);
        }
    }
    for (int w = 0; w < 4; w++)
        rng->s[w] = acc[w];
}

void yp_rng_init_stream(YpRng *rng, guint64 seed, guint stream)
{
    g_return_if_fail(rng != NULL);
    g_return_if_fail(stream <= 65535);
    yp_rng_init(rng, seed);
    for (guint i = 0; i < stream; i++)
        yp_rng_jump(rng);
}

/* Full 64 x 64 -> 128-bit product from 32-bit halves (portable C11). */
static inline void mul64(guint64 a, guint64 b, guint64 *hi, guint64 *lo)
{
    const guint64 mask = G_GUINT64_CONSTANT(0xffffffff);
    guint64 a0 = a & mask, a1 = a >> 32, b0 = b & mask, b1 = b >> 32;
    guint64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    guint64 mid = (p00 >> 32) + (p01 & mask) + (p10 & mask);
    *lo = (mid << 32) | (p00 & mask);
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

guint64 yp_rng_below(YpRng *rng, guint64 bound)
{
    g_return_val_if_fail(rng != NULL, 0);
    g_return_val_if_fail(bound >= 1, 0);
    /* Lemire (2019): the high word of x * bound is uniform on [0, bound)
     * once products whose low word falls below 2^64 mod bound are
     * rejected. */
    guint64 hi, lo;
    mul64(yp_rng_next(rng), bound, &hi, &lo);
    if (lo < bound) {
        const guint64 threshold = (0 - bound) % bound;
        while (lo < threshold)
            mul64(yp_rng_next(rng), bound, &hi, &lo);
    }
    return hi;
}

gint64 yp_rng_range(YpRng *rng, gint64 lo, gint64 hi)
{
    g_return_val_if_fail(rng != NULL, lo);
    g_return_val_if_fail(lo <= hi, lo);
    guint64 span = (guint64)hi - (guint64)lo;
    if (span == G_MAXUINT64)
        return (gint64)yp_rng_next(rng);
    return (gint64)((guint64)lo + yp_rng_below(rng, span + 1));
}

double yp_rng_double(YpRng *rng)
{
    g_return_val_if_fail(rng != NULL, 0.0);
    return (double)(yp_rng_next(rng) >> 11) * 0x1.0p-53;
}

void yp_rng_shuffle(YpRng *rng, gint *items, gsize n)
{
    g_return_if_fail(rng != NULL);
    g_return_if_fail(items != NULL || n == 0);
    for (gsize i = n; i > 1; i--) {
        gsize j = (gsize)yp_rng_below(rng, i);
        gint tmp = items[i - 1];
        items[i - 1] = items[j];
        items[j] = tmp;
    }
}
