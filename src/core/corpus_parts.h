/*
 * The insides of the corpus, private to src/core. corpus_scan.c lists a
 * folder's .txt files, stats them in the pool's threads and reads one into
 * an article with its keys' draft; corpus.c owns the articles' memory (one
 * block each, places and regions kept once, text from the index or read
 * again: the rule is in corpus.h). corpus_load.c, which loads a folder
 * from them and the index, is their user. The public side is corpus.h.
 */
#ifndef TANDEM_CORPUS_PARTS_H
#define TANDEM_CORPUS_PARTS_H

#include <stddef.h>
#include "tandem/corpus.h"
#include "tandem/index.h"
#include "tandem/util.h"

/* What reading one file made: its article and the draft of its keys, or
 * why it was skipped. */
struct corpus_reading {
	struct article *a;	/* NULL: skipped */
	char *cause;		/* why, when skipped */
	struct buf draft;	/* a's keys (meeting_keys_draft) */
};

/* Sets *names to the .txt names in dir, sorted, and *n to how many, in one
 * block of memory; free with corpus_free_names(). Returns 0, or -1 with
 * *cause (caller frees) when dir cannot be listed. */
int corpus_list_txt(const char *dir, char ***names, size_t *n, char **cause);
void corpus_free_names(char **names, size_t n);
/* The .txt files of c's folder (*names, *files, *n, as corpus_list_txt()),
 * each stat'ed, in jobs threads, and the stat of the folder and of its
 * meetings.ini in *stamp. Caller frees *files and the names. Returns -1
 * with *cause (caller frees) when the folder cannot be listed. */
int corpus_stat_files(const struct corpus *c, int jobs, char ***names, struct index_file **files, size_t *n,
    struct index_stamp *stamp, char **cause);
/* Reads, cleans, parses and keys the file dir/file into r (its article and
 * keys' draft, or why it was skipped). Touches nothing shared: the pool's
 * threads run it. */
void corpus_read_one(const char *dir, const char *file, struct corpus_reading *r);

/* Adds warning, made whole and safe before ("FILE: reason", as the index
 * keeps it), to c. */
void corpus_keep_warning(struct corpus *c, const char *warning);
/* The article a, freed, made again in one block with its name, title and
 * person, its place and region kept once in c->strings: held by the corpus
 * (ARTICLE_CORPUS). article_free() frees it, before c's strings go. */
struct article *corpus_compact(struct corpus *c, struct article *a);

#endif
