/*
 * pool: a small fixed set of threads working through numbered jobs, whose
 * results the caller takes one by one in number order.
 *
 * corpus_load() hands out its files this way: each worker reads, cleans,
 * parses and keys whole files, and the caller merges what they made in file
 * name order, so the outcome never depends on how many threads there are.
 * The caller's own thread works too while it waits; with one thread there
 * are no others, and the jobs run in order in the caller's. Jobs start at
 * most a window ahead of the one the caller waits for, which bounds what
 * waits in memory to be taken.
 */
#ifndef TANDEM_POOL_H
#define TANDEM_POOL_H

#include <stddef.h>

/* The most threads a pool (and --jobs) takes. */
#define POOL_MAX_THREADS 256

#define POOL_THREADS_WHAT "a number of threads from 1 to 256"

struct pool;

/* Reads a number of threads, 1 to POOL_MAX_THREADS, into *n; 0, or -1 when
 * s is not one. */
int pool_parse_threads(const char *s, int *n);

/* The most jobs done or under way and not yet waited for, in a pool of
 * nthreads: a ring of that many results, by job number, never holds two
 * at once. */
size_t pool_window(int nthreads);
/* How many threads to use when told none: one per online processor, in 1
 * to POOL_MAX_THREADS. */
int pool_default_threads(void);

/*
 * Starts a pool of nthreads threads, the caller's one of them, for njobs
 * jobs: work(arg, i) for each i from 0, each job once, in any thread. A
 * thread that cannot be started leaves fewer. Free with pool_stop().
 */
struct pool *pool_start(int nthreads, size_t njobs, void (*work)(void *arg, size_t i), void *arg);
/* Waits until job i is done, working on others meanwhile; then its result
 * is the caller's. i goes up by one from 0, job after job. */
void pool_wait(struct pool *p, size_t i);
/* Starts no more jobs, waits for those under way and frees p. The results
 * of jobs done but not waited for are the caller's to free. */
void pool_stop(struct pool *p);

#endif
