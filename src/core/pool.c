/* pool: threads working through numbered jobs, taken in order; see pool.h. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "tandem/pool.h"
#include "tandem/util.h"

/* Jobs a thread may run ahead of the one the caller waits for: enough that
 * a slow file holds nobody up, few enough that little waits in memory. */
#define POOL_AHEAD 16

struct pool {
	pthread_mutex_t lock;
	pthread_cond_t changed;	/* a job done, the window moved, or stopping */
	pthread_t *threads;	/* the ones started, besides the caller's */
	int nthreads;
	size_t njobs, window;
	size_t next;		/* the next job to start */
	size_t waited;		/* the job the caller waits for, or took last */
	unsigned char *done;	/* per job */
	int stopping;
	void (*work)(void *arg, size_t i);
	void *arg;
};

int
pool_parse_threads(const char *s, int *n)
{
	long v;

	if (parse_decimal(s, 1, POOL_MAX_THREADS, &v) < 0)
		return -1;
	*n = (int)v;
	return 0;
}

int
pool_default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > POOL_MAX_THREADS ? POOL_MAX_THREADS : (int)n;
}

size_t
pool_window(int nthreads)
{
	return (size_t)(nthreads < 1 ? 1 : nthreads > POOL_MAX_THREADS ? POOL_MAX_THREADS : nthreads) * POOL_AHEAD;
}

/* Under the lock: takes the next job into *i when one may start. */
static int
pool_claim(struct pool *p, size_t *i)
{
	if (p->stopping || p->next >= p->njobs || p->next >= p->waited + p->window)
		return 0;
	*i = p->next++;
	return 1;
}

/* Under the lock: runs job i with the lock let go meanwhile. */
static void
pool_run(struct pool *p, size_t i)
{
	pthread_mutex_unlock(&p->lock);
	p->work(p->arg, i);
	pthread_mutex_lock(&p->lock);
	p->done[i] = 1;
	pthread_cond_broadcast(&p->changed);
}

static void *
pool_thread(void *arg)
{
	struct pool *p = arg;
	size_t i;

	pthread_mutex_lock(&p->lock);
	while (!p->stopping && p->next < p->njobs) {
		if (pool_claim(p, &i))
			pool_run(p, i);
		else
			pthread_cond_wait(&p->changed, &p->lock);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct pool *
pool_start(int nthreads, size_t njobs, void (*work)(void *arg, size_t i), void *arg)
{
	struct pool *p = xcalloc(1, sizeof(*p));
	int i;

	p->window = pool_window(nthreads);
	nthreads = (int)(p->window / POOL_AHEAD);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	p->njobs = njobs;
	p->done = xcalloc(njobs + 1, 1);
	p->work = work;
	p->arg = arg;
	p->threads = xcalloc((size_t)nthreads, sizeof(*p->threads));
	for (i = 1; i < nthreads && (size_t)i < njobs; i++)
		if (pthread_create(&p->threads[p->nthreads], NULL, pool_thread, p) == 0)
			p->nthreads++;
	return p;
}

void
pool_wait(struct pool *p, size_t i)
{
	size_t j;

	pthread_mutex_lock(&p->lock);
	if (p->waited != i) {	/* the window moves on */
		p->waited = i;
		pthread_cond_broadcast(&p->changed);
	}
	while (!p->done[i]) {
		if (pool_claim(p, &j))
			pool_run(p, j);
		else
			pthread_cond_wait(&p->changed, &p->lock);
	}
	pthread_mutex_unlock(&p->lock);
}

void
pool_stop(struct pool *p)
{
	int i;

	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	p->stopping = 1;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_cond_destroy(&p->changed);
	pthread_mutex_destroy(&p->lock);
	free(p->threads);
	free(p->done);
	free(p);
}
