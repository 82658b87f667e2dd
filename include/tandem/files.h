/*
 * files: every file tandem reads whole or writes, and where they live.
 *
 * Reading: a whole regular file, never a FIFO or a device, within a size
 * limit, the reason named when it cannot be had. Writing: a temporary file
 * beside the target ("TARGET.tandem-XXXXXX"), created with the mode the
 * umask gives, renamed into place, so a failure never leaves a partial
 * file and an existing file is replaced only when asked. The temporary
 * files open at any moment are known here, and files_catch_signals()
 * removes them when SIGINT, SIGTERM or SIGHUP ends the program. The
 * places: the settings under $XDG_CONFIG_HOME, the reading state and the
 * index together under $TANDEM_STATE_DIR or $XDG_STATE_HOME. No curses.
 */
#ifndef TANDEM_FILES_H
#define TANDEM_FILES_H

#include <stddef.h>
#include <sys/types.h>

/*
 * Reads the regular file path whole, at most max bytes, into *data (NUL
 * added after len bytes; caller frees). Returns 0, or -1 with *cause
 * (caller frees: the reason without the file's name, "not a regular
 * file", "too large (over 32 MB)") and errno, ENOENT when path is absent.
 */
int files_read(const char *path, size_t max, char **data, size_t *len, char **cause);

/* Makes the folders leading to path (mode 0700, as XDG asks), like mkdir -p
 * of its dirname; 0, or -1 (errno set) when one cannot be made. */
int files_make_parents(const char *path);

/* The folder of the reading state and the index: $TANDEM_STATE_DIR, else
 * $XDG_STATE_HOME/tandem, else ~/.local/state/tandem. Caller frees; NULL
 * without HOME. */
char *files_state_dir(void);
/* The file name inside files_state_dir(). Caller frees; NULL without HOME. */
char *files_state_path(const char *name);
/* $XDG_CONFIG_HOME/tandem/name, else ~/.config/tandem/name. Caller frees;
 * NULL without HOME. */
char *files_config_path(const char *name);

#define FILES_FORCE	1	/* replace an existing file */
#define FILES_DURABLE	2	/* fsync before it is put in place */

/*
 * Writes len bytes to path atomically and durably; with FILES_FORCE an
 * existing file is replaced, else left alone. Returns 0, or -1 with *cause
 * (caller frees) naming the file and the reason; then no file was created
 * or changed.
 */
int files_write(const char *path, const void *data, size_t len, int flags, char **cause);

/*
 * The same, a piece at a time (the index is written so): a temporary file
 * beside path, put in place by files_commit() or removed by files_abort().
 * A failed write is kept and reported by the commit.
 */
struct files_writer {
	int fd;
	char *tmp, *path;
	int err;		/* the first write error, or 0 */
	int slot;		/* its place among the temporary files known, or -1 */
};

/* 0, or -1 with *cause (caller frees). */
int files_open(struct files_writer *f, const char *path, char **cause);
/* Appends (at < 0) or writes at offset at. */
void files_put(struct files_writer *f, const void *data, size_t len, off_t at);
/* Appends len bytes of the file from, from offset at. */
void files_copy(struct files_writer *f, int from, off_t at, size_t len);
/* Puts the file in place (flags: FILES_*); 0, or -1 with *cause (caller
 * frees) and the temporary file removed. Either way f is done with. */
int files_commit(struct files_writer *f, int flags, char **cause);
void files_abort(struct files_writer *f);

/* Removes the temporary files open when SIGINT, SIGTERM or SIGHUP comes,
 * then lets the signal end the program as it would have. The UI puts its
 * own handlers over these once the screen is up, and closes its files. */
void files_catch_signals(void);

#endif
