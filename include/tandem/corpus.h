/*
 * corpus: a folder of articles, read, cleaned and grouped into meetings.
 *
 * corpus_load() reads every *.txt file of a folder, skips what cannot be an
 * article (naming the file and the reason in corpus.warnings), and groups
 * the articles into meetings (see meeting.h). The UI and every command-line
 * mode start from here.
 */
#ifndef TANDEM_CORPUS_H
#define TANDEM_CORPUS_H

#include <stddef.h>
#include "tandem/article.h"
#include "tandem/util.h"

struct meeting {
	size_t *articles;	/* indexes into corpus.articles: de first, then en */
	size_t narticles;
	const char *region;	/* borrowed from an article; NULL if none named */
	const char *person;
	double coverage;	/* share of German paragraphs the best English article
				 * covers, once ranked; -1 with one language only */
	struct date date;
	int ranked;		/* meeting_rank() has ordered the English articles */
};	/* in this order, no padding */

/* The meetings of a corpus's articles: what grouping makes (meeting.h) or
 * the index keeps, put in the corpus by corpus_set_meetings(). */
struct meetings {
	struct meeting *list;	/* newest first */
	size_t n;
	size_t *of;		/* meeting index of each article */
};

/*
 * Memory. Every article records who holds it and who holds its paragraphs'
 * text (a->held, a->text_held: article.h), and article_free() follows that
 * record; where a pointer points tells nothing. In a corpus, an article is
 * the corpus's when read from its file (ARTICLE_CORPUS: one block, place and
 * region in c->strings), the index's when taken from it (ARTICLE_INDEX,
 * freed by index_close()), or, put in by hand (tests), its own
 * (ARTICLE_APART). Its paragraphs stay NULL until corpus_text() reads them,
 * from the index (the text in its mapping) or from the file (each text its
 * own); the array is the article's, and article_release_text() lets go of
 * them. corpus_free() frees each article so, then c->strings and the
 * index, which the articles point into.
 */
struct corpus {
	char *dir;
	struct article **articles;	/* sorted by name */
	size_t narticles;
	struct meetings meetings;	/* set by corpus_set_meetings() alone */
	char **warnings;		/* "FILE: reason", one per problem */
	size_t nwarnings;
	size_t skipped;			/* files not read */
	size_t repaired;		/* files read with repairs */
	struct index_map *index;	/* the index articles may point into, or NULL */
	struct meeting_keys *keys;	/* the articles' grouping keys (meeting.h), or NULL */
	struct intern strings;		/* places and regions, kept once */
	int interrupted;		/* the progress callback stopped the load */
	int unchecked;			/* taken from the index before its files were
					 * checked (corpus_options.check_later) */
};

/* The largest file read as an article. */
#define CORPUS_MAX_FILE (32u << 20)

/*
 * Loads the folder dir into c. Returns 0, or -1 with *cause (caller frees)
 * when the folder itself cannot be read. Bad files only add warnings.
 * Free with corpus_free().
 */
int corpus_load(struct corpus *c, const char *dir, char **cause);

#define CORPUS_PROGRESS_MS 500

/* What a long load is doing: reading files (done of total), grouping the
 * articles (total of them), or done (the line can go). */
enum corpus_step { CORPUS_READING, CORPUS_GROUPING, CORPUS_DONE };

struct corpus_options {
	const char *state_dir;	/* where the index is kept (index.h); NULL: none */
	/* Called as files are read, once reading has taken CORPUS_PROGRESS_MS
	 * ($TANDEM_PROGRESS_MS when set)
	 * (a quick load shows nothing), then before grouping and at the end;
	 * nonzero while reading stops it (c->interrupted). */
	int (*progress)(enum corpus_step step, size_t done, size_t total, void *arg);
	void *arg;
	/* Take the index at once, as it was made, and leave the check of the
	 * folder and each file (100,000 stats) to corpus_check(), after the
	 * first screen: the day's files added, the screen shows what the
	 * index holds at once and the update follows it (the UI). */
	int check_later;
	/* Threads reading files (pool.h); 0: one per online processor. */
	int jobs;
};

/* The progress line of a step at most width columns wide: "reading
 * 12,345/100,000 files (q stops)" (the stop only when stoppable), then
 * "grouping 100,000 articles", or a shorter form; cut with … when none
 * fits. Caller frees. */
char *corpus_progress_line(enum corpus_step step, size_t done, size_t total, int width, int stoppable);

/* corpus_load(), taking unchanged files from the index in o->state_dir and
 * keeping a new one there when something changed. A failure to keep it is
 * one warning in c. */
int corpus_load_indexed(struct corpus *c, const char *dir, const struct corpus_options *o, char **cause);
void corpus_free(struct corpus *c);
/* Makes m c's meetings (m is emptied: c frees them), freeing those c had;
 * m NULL: none. */
void corpus_set_meetings(struct corpus *c, struct meetings *m);

/* For a corpus loaded with check_later: checks every file against the index;
 * 1 when anything changed (then load the folder again), else 0. The text of
 * a file changed in place is read from the file from then on, even if the
 * folder is not loaded again. Checks only once. */
int corpus_check(struct corpus *c);

/*
 * Reads one file into a new article, or returns NULL with *cause (caller
 * frees). The article's repairs field tells what reading had to mend.
 */
struct article *corpus_read_article(const char *path, const char *name, char **cause);

/*
 * Makes a's paragraphs, an article of c, readable. In a corpus they are
 * read when first asked for: from the index, or, when it does not hold them
 * sound, from a's file again (and the index file is removed, so that the
 * next start makes it anew). Returns 0, or -1 with *cause (when cause is not
 * NULL; caller frees) when the file can no longer be read; a then has no
 * paragraphs. article_release_text() lets go of them (read again when asked).
 */
int corpus_text(struct corpus *c, struct article *a, char **cause);

/* The article named name (file name with or without .txt, as it is or as
 * --list shows it), or NULL. */
struct article *corpus_find(const struct corpus *c, const char *name);
/* Adds the warning "file: reason" to c. */
void corpus_add_warning(struct corpus *c, const char *file, const char *reason);
/* Index of the meeting holding article index i. */
size_t corpus_meeting_of(const struct corpus *c, size_t i);

#endif
