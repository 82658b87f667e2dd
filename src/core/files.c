/* files: whole files read, files written atomically, their places; see files.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tandem/files.h"
#include "tandem/util.h"

/* Why path did not open (errno err); a link says where it leads. Caller frees. */
static char *
files_open_failure(const char *path, int err)
{
	char target[PATH_MAX];
	ssize_t n;

	if (err == ELOOP)
		return xstrdup("looping link: it leads back to itself, or through too many links");
	if (err == ENOENT && (n = readlink(path, target, sizeof(target) - 1)) >= 0) {
		target[n] = '\0';
		return xasprintf("broken link: %s does not exist", target);
	}
	return xstrdup(strerror(err));
}

/* Why the file open as fd (stat st) is not read, or NULL when it is. Caller frees. */
static char *
files_refusal(const struct stat *st, size_t max)
{
	if (S_ISDIR(st->st_mode))
		return xstrdup("is a folder, not a file");
	if (!S_ISREG(st->st_mode))
		return xstrdup("not a regular file");
	if ((unsigned long long)st->st_size > max)
		return max >= (1u << 20) ? xasprintf("too large (over %zu MB)", max >> 20)
		    : xasprintf("too large (over %zu bytes)", max);
	return NULL;
}

/* Reads size bytes (fewer if the file shrank) from fd into p; the count, or -1. */
static ssize_t
files_read_fd(int fd, char *p, size_t size)
{
	size_t got = 0;
	ssize_t n;

	while (got < size) {
		n = read(fd, p + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return (ssize_t)got;
}

int
files_read(const char *path, size_t max, char **data, size_t *len, char **cause)
{
	/* O_NONBLOCK: a FIFO or a device is refused, never waited for. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC), err;
	struct stat st;
	ssize_t got;
	char *p;

	if (fd < 0) {
		err = errno;
		*cause = files_open_failure(path, err);
		errno = err;
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		err = errno;
		*cause = xstrdup(strerror(err));
		close(fd);
		errno = err;
		return -1;
	}
	if ((*cause = files_refusal(&st, max)) != NULL) {
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : S_ISREG(st.st_mode) ? EFBIG : EINVAL;
		return -1;
	}
	p = xmalloc((size_t)st.st_size + 1);
	if ((got = files_read_fd(fd, p, (size_t)st.st_size)) < 0) {
		err = errno;
		*cause = xasprintf("cannot be read: %s", strerror(err));
		free(p);
		close(fd);
		errno = err;
		return -1;
	}
	close(fd);
	p[got] = '\0';
	*data = p;
	*len = (size_t)got;
	return 0;
}

int
files_make_parents(const char *path)
{
	char *dir = xstrdup(path), *p;
	int status = 0;

	for (p = strchr(dir + 1, '/'); p != NULL; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(dir, 0700) < 0 && errno != EEXIST)
			status = -1;
		*p = '/';
	}
	free(dir);
	return status;
}

char *
files_state_dir(void)
{
	const char *s = getenv("TANDEM_STATE_DIR"), *home = getenv("HOME");

	if (s != NULL && *s != '\0')
		return xstrdup(s);
	if ((s = getenv("XDG_STATE_HOME")) != NULL && *s == '/')
		return xasprintf("%s/tandem", s);
	return home != NULL && *home != '\0' ? xasprintf("%s/.local/state/tandem", home) : NULL;
}

char *
files_state_path(const char *name)
{
	char *dir = files_state_dir(), *path;

	if (dir == NULL)
		return NULL;
	path = xasprintf("%s/%s", dir, name);
	free(dir);
	return path;
}

char *
files_config_path(const char *name)
{
	const char *dir = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (dir != NULL && dir[0] == '/')
		return xasprintf("%s/tandem/%s", dir, name);
	if (home == NULL || home[0] == '\0')
		return NULL;
	return xasprintf("%s/.config/tandem/%s", home, name);
}

/*
 * The temporary files open now, for the signal handler: fixed slots, so
 * that it reads no pointer the program may be freeing. A slot's path is
 * written before it is marked used.
 */
#define FILES_TEMPS 16
static struct {
	volatile sig_atomic_t used;
	char path[PATH_MAX];
} temps[FILES_TEMPS];
static pthread_mutex_t temps_lock = PTHREAD_MUTEX_INITIALIZER;
static const int caught[] = { SIGINT, SIGTERM, SIGHUP };

/* The slot now holding path, or -1 when none is free (the file is then
 * only left behind by a signal). */
static int
files_remember(const char *path)
{
	int i, slot = -1;

	if (strlen(path) >= PATH_MAX)
		return -1;
	pthread_mutex_lock(&temps_lock);
	for (i = 0; i < FILES_TEMPS && slot < 0; i++)
		if (!temps[i].used) {
			strcpy(temps[i].path, path);
			temps[i].used = 1;
			slot = i;
		}
	pthread_mutex_unlock(&temps_lock);
	return slot;
}

static void
files_forget(int slot)
{
	if (slot < 0)
		return;
	pthread_mutex_lock(&temps_lock);
	temps[slot].used = 0;
	pthread_mutex_unlock(&temps_lock);
}

/* Only async-signal-safe calls: unlink, raise. */
static void
files_on_signal(int sig)
{
	int saved = errno, i;

	for (i = 0; i < FILES_TEMPS; i++)
		if (temps[i].used)
			unlink(temps[i].path);
	raise(sig);	/* SA_RESETHAND: the default action, as without us */
	errno = saved;
}

void
files_catch_signals(void)
{
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = files_on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < ARRAY_SIZE(caught); i++) {
		sigaddset(&sa.sa_mask, caught[i]);
		/* An ignored signal (nohup) stays ignored. */
		if (sigaction(caught[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(caught[i], &sa, NULL);
	}
}

/*
 * Creates tmp (ending in XXXXXX, replaced) exclusively with mode 0666, so
 * that the umask gives the file its mode as for any new file; mkstemp's
 * 0600 would need the umask read, and that means setting it. The fd, or -1.
 */
static int
files_create(char *tmp)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	char *x = tmp + strlen(tmp) - 6;
	struct timespec ts;
	uint64_t r;
	int tries, i, fd;

	for (tries = 0; tries < 100; tries++) {
		clock_gettime(CLOCK_REALTIME, &ts);
		r = hash_bytes((const char *)&ts, sizeof ts) ^ ((uint64_t)getpid() << 32) ^ (uint64_t)tries * 0x9e3779b97f4a7c15u;
		for (i = 0; i < 6; i++, r /= 62)
			x[i] = letters[r % 62];
		fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

int
files_open(struct files_writer *f, const char *path, char **cause)
{
	sigset_t block, old;
	size_t i;
	int err;

	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	f->tmp = xasprintf("%s.tandem-XXXXXX", path);
	/* No signal between creating the file and knowing it. */
	sigemptyset(&block);
	for (i = 0; i < ARRAY_SIZE(caught); i++)
		sigaddset(&block, caught[i]);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	f->fd = files_create(f->tmp);
	err = errno;
	f->slot = f->fd >= 0 ? files_remember(f->tmp) : -1;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (f->fd < 0) {
		*cause = xasprintf("%s: %s", path, strerror(err));
		free(f->tmp);
		free(f->path);
		return -1;
	}
	return 0;
}

void
files_put(struct files_writer *f, const void *data, size_t len, off_t at)
{
	const char *p = data;

	if (f->err != 0)
		return;
	if (at < 0) {
		if (write_all(f->fd, data, len) < 0)
			f->err = errno ? errno : EIO;
		return;
	}
	while (len > 0) {
		ssize_t n = pwrite(f->fd, p, len, at);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			f->err = n < 0 && errno ? errno : EIO;
			return;
		}
		p += n, len -= (size_t)n, at += n;
	}
}

void
files_copy(struct files_writer *f, int from, off_t at, size_t len)
{
	char chunk[1 << 16];
	loff_t in = at;
	ssize_t n;

	/* In the kernel where it can: the bytes never pass through here. */
	while (f->err == 0 && len > 0 && (n = copy_file_range(from, &in, f->fd, NULL, len, 0)) > 0)
		len -= (size_t)n;
	while (f->err == 0 && len > 0) {
		n = pread(from, chunk, len < sizeof(chunk) ? len : sizeof(chunk), in);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			f->err = n < 0 && errno ? errno : EIO;
			return;
		}
		files_put(f, chunk, (size_t)n, -1);
		in += n;
		len -= (size_t)n;
	}
}

/* Forgets f's temporary file (already removed or renamed) and frees f. */
static void
files_done(struct files_writer *f)
{
	files_forget(f->slot);
	free(f->tmp);
	free(f->path);
	f->fd = f->slot = -1;
	f->tmp = f->path = NULL;
}

void
files_abort(struct files_writer *f)
{
	if (f->fd >= 0)
		close(f->fd);
	unlink(f->tmp);
	files_done(f);
}

int
files_commit(struct files_writer *f, int flags, char **cause)
{
	int err = f->err;

	if (err == 0 && (flags & FILES_DURABLE) && fsync(f->fd) != 0)
		err = errno;
	if (close(f->fd) != 0 && err == 0)
		err = errno;
	f->fd = -1;
	/* link() refuses an existing name, so without force nothing is
	 * replaced even if the file appeared meanwhile. */
	if (err == 0 && ((flags & FILES_FORCE) ? rename(f->tmp, f->path) : link(f->tmp, f->path)) != 0)
		err = errno;
	if (err != 0)
		*cause = err == EEXIST ? xasprintf("%s: file exists (use --force to replace it)", f->path) :
		    xasprintf("%s: %s", f->path, strerror(err));
	if (err != 0 || !(flags & FILES_FORCE))
		unlink(f->tmp);
	files_done(f);
	return err != 0 ? -1 : 0;
}

int
files_write(const char *path, const void *data, size_t len, int flags, char **cause)
{
	struct files_writer f;
	struct stat st;

	/* A device (/dev/full), FIFO or folder is never replaced by a file. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		*cause = xasprintf("%s: %s", path, S_ISDIR(st.st_mode) ? "is a folder, not a file" :
		    "not a regular file (tandem writes only regular files)");
		return -1;
	}
	if (!(flags & FILES_FORCE) && access(path, F_OK) == 0) {
		*cause = xasprintf("%s: file exists (use --force to replace it)", path);
		return -1;
	}
	if (files_open(&f, path, cause) < 0)
		return -1;
	files_put(&f, data, len, -1);
	return files_commit(&f, flags | FILES_DURABLE, cause);
}
