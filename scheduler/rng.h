/* SPDX-License-Identifier: MPL-2.0 */
/*
 * The project's one pseudo-random generator: xoshiro256** 1.0 (Blackman and
 * Vigna, "Scrambled linear pseudorandom number generators", ACM Transactions
 * on Mathematical Software 47(4), 2021), seeded through splitmix64 (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014). Period 2^256 - 1; independent streams come from the generator's
 * jump polynomial (2^128 steps apart), so streams never overlap.
 *
 * All state lives in a caller-owned YpRng (32 bytes, no allocation); the
 * module has no global state and is safe to use from several threads as long
 * as each thread has its own YpRng. Not for cryptography.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * YpRng:
 * @s: the 256-bit xoshiro256** state; never all zero once initialised.
 *
 * Plain value type: copy it to fork an identical sequence.
 */
typedef struct {
    guint64 s[4];
} YpRng;

/**
 * yp_rng_init:
 * @rng: (out caller-allocates): the generator to initialise.
 * @seed: any 64-bit value; equal seeds give equal sequences.
 *
 * Fills the state with four successive splitmix64 outputs of @seed.
 */
void yp_rng_init(YpRng *rng, guint64 seed);

/**
 * yp_rng_init_stream:
 * @rng: (out caller-allocates): the generator to initialise.
 * @seed: the common seed of a family of streams.
 * @stream: the stream number, 0 .. 65535.
 *
 * Stream @stream of seed @seed: yp_rng_init(@seed) followed by @stream
 * jumps of 2^128 steps, so distinct streams of one seed are disjoint
 * sub-sequences (each 2^128 long). Costs about @stream x 1 microsecond.
 */
void yp_rng_init_stream(YpRng *rng, guint64 seed, guint stream);

/**
 * yp_rng_jump:
 * @rng: the generator.
 *
 * Advances @rng by 2^128 steps (the reference jump polynomial).
 */
void yp_rng_jump(YpRng *rng);

/**
 * yp_rng_next:
 * @rng: the generator.
 *
 * Returns: the next 64 uniformly distributed bits.
 */
guint64 yp_rng_next(YpRng *rng);

/**
 * yp_rng_below:
 * @rng: the generator.
 * @bound: the exclusive upper bound, >= 1.
 *
 * Returns: an integer uniform on 0 .. @bound - 1, without modulo bias
 * (Lemire's multiply-and-reject method, ACM TOMACS 29(1), 2019).
 */
guint64 yp_rng_below(YpRng *rng, guint64 bound);

/**
 * yp_rng_range:
 * @rng: the generator.
 * @lo: the smallest value.
 * @hi: the largest value, >= @lo.
 *
 * Returns: an integer uniform on @lo .. @hi inclusive.
 */
gint64 yp_rng_range(YpRng *rng, gint64 lo, gint64 hi);

/**
 * yp_rng_double:
 * @rng: the generator.
 *
 * Returns: a double uniform on [0, 1): the top 53 bits of the next output
 * times 2^-53, so every value is a multiple of 2^-53 and 1.0 never occurs.
 */
double yp_rng_double(YpRng *rng);

/**
 * yp_rng_shuffle:
 * @rng: the generator.
 * @items: (inout): the array to permute in place.
 * @n: its length.
 *
 * Uniform random permutation (Fisher-Yates, Durstenfeld's version).
 */
void yp_rng_shuffle(YpRng *rng, gint *items, gsize n);

G_END_DECLS
