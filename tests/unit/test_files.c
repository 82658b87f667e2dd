/* files: whole files read, files written atomically, their places. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tandem/files.h"
#include "tandem/util.h"
#include "tap.h"

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	static char buf[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int
count_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

static void
test_writing(void)
{
	char dir[] = "/tmp/tandem-files-XXXXXX", path[256], *cause = NULL;

	if (mkdtemp(dir) == NULL)
		return;
	snprintf(path, sizeof(path), "%s/out.txt", dir);
	is_int(files_write(path, "new\n", 4, 0, &cause), 0, "a new file is written");
	is_str(slurp(path), "new\n", "  with the text");
	is_int(files_write(path, "other\n", 6, 0, &cause), -1, "an existing file is refused");
	ok(cause && strstr(cause, "file exists") != NULL, "  saying why: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	is_str(slurp(path), "new\n", "  and left as it was");
	is_int(count_files(dir), 1, "  no temporary file left behind");
	is_int(files_write(path, "forced\n", 7, FILES_FORCE, &cause), 0, "with force it is replaced");
	is_str(slurp(path), "forced\n", "  by the new text");
	snprintf(path, sizeof(path), "%s/missing/out.txt", dir);
	is_int(files_write(path, "x", 1, 0, &cause), -1, "a missing folder fails");
	ok(cause && strstr(cause, "missing/out.txt") != NULL && strstr(cause, "No such file") != NULL,
	    "  naming the file and the reason: %s", cause ? cause : "");
	free(cause);
	is_int(count_files(dir), 1, "  and leaves nothing");
	snprintf(path, sizeof(path), "rm -rf %s", dir);
	if (system(path) != 0)
		printf("# could not remove %s\n", dir);
}

/* A new file gets the mode any program's would: 0666 less the umask. */
static void
test_mode(void)
{
	char dir[] = "/tmp/tandem-files-XXXXXX", *path, *cause = NULL;
	struct stat st;
	mode_t old = umask(027);
	int rc;

	if (mkdtemp(dir) == NULL)
		return;
	path = xasprintf("%s/out.txt", dir);
	is_int(files_write(path, "x", 1, 0, &cause), 0, "with umask 027 a file is written");
	memset(&st, 0, sizeof(st));
	rc = stat(path, &st);
	ok(rc == 0 && (st.st_mode & 0777) == 0640, "  readable by its group, not by others (%o)",
	    (unsigned)(st.st_mode & 0777));
	umask(old);
	unlink(path);
	rmdir(dir);
	free(path);
}

/* files_read(path, max) fails with the cause want. (The cause is read
 * after the call: as an argument beside it, it could be read before.) */
static void
refused(const char *path, size_t max, const char *want, const char *what)
{
	char *data = NULL, *cause = NULL;
	size_t len = 0;
	int rc = files_read(path, max, &data, &len, &cause);

	if (!ok(rc < 0 && cause != NULL && strcmp(cause, want) == 0, "%s: %s", what, want))
		printf("#   got %d, %s\n", rc, cause != NULL ? cause : "no cause");
	free(cause);
}

static void
test_reading(void)
{
	char dir[] = "/tmp/tandem-files-XXXXXX", *path, *data = NULL, *cause = NULL;
	size_t len = 0;

	if (mkdtemp(dir) == NULL)
		return;
	path = xasprintf("%s/in.txt", dir);
	files_write(path, "twelve bytes", 12, 0, &cause);
	ok(files_read(path, 100, &data, &len, &cause) == 0 && len == 12 && strcmp(data, "twelve bytes") == 0,
	    "a file is read whole, ended by a NUL");
	free(data);
	refused(path, 11, "too large (over 11 bytes)", "  and refused over the limit");
	refused(dir, 100, "is a folder, not a file", "a folder is refused");
	refused("/dev/null", 100, "not a regular file", "a device is refused");
	unlink(path);
	ok(files_read(path, 100, &data, &len, &cause) < 0 && errno == ENOENT, "a missing file: ENOENT");
	free(cause);
	rmdir(dir);
	free(path);
}

static void
test_places(void)
{
	char *p;

	setenv("HOME", "/home/reader", 1);
	setenv("XDG_CONFIG_HOME", "relative", 1);
	is_str(p = files_config_path("tandem.ini"), "/home/reader/.config/tandem/tandem.ini",
	    "a relative $XDG_CONFIG_HOME is not used");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	is_str(p = files_config_path("tandem.ini"), "/home/reader/.config/tandem/tandem.ini", "  nor is none");
	free(p);
}

int
main(void)
{
	test_writing();
	test_mode();
	test_reading();
	test_places();
	return done_testing();
}
