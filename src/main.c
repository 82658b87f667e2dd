/*
 * main: options, start-up, and the command-line modes.
 *
 * `tandem [CORPUS]` opens the interactive program; --list and --export
 * print what the UI shows, from the same core code, for scripts and tests.
 */
#include "config.h"

#include <sys/ioctl.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tandem/align.h"
#include "tandem/corpus.h"
#include "tandem/export.h"
#include "tandem/files.h"
#include "tandem/index.h"
#include "tandem/pool.h"
#include "tandem/search.h"
#include "tandem/sentence.h"
#include "tandem/settings.h"
#include "tandem/state.h"
#include "tandem/text.h"
#include "tandem/ui.h"
#include "tandem/util.h"
#include "tandem/visits.h"

enum mode { MODE_UI, MODE_LIST, MODE_EXPORT, MODE_ALIGN, MODE_PAIR, MODE_GREP };

struct options {
	enum mode mode;
	const char *article;	/* --export; the German one of --align, --export-pair */
	const char *english;	/* the English one of --align, --export-pair */
	int format;		/* --format (enum export_format); -1: by the -o name */
	int segments;		/* --segments (enum export_segments); -1: the tmx_segments setting */
	const char *output;	/* -o */
	const char *corpus;
	int width;		/* --width; -1: the export_width setting */
	int force;
	int utf8;
	const char *config;	/* --config */
	const char *query;	/* --grep */
	const char *counterpart;	/* --list --counterpart */
	int no_index;		/* --no-index */
	int sentences;		/* --sentences */
	int jobs;		/* --jobs; 0: the jobs setting */
};

enum { OPT_LIST = 256, OPT_EXPORT, OPT_WIDTH, OPT_FORCE, OPT_ALIGN, OPT_PAIR, OPT_FORMAT,
	OPT_CONFIG, OPT_GREP, OPT_NO_INDEX, OPT_SENTENCES, OPT_JOBS, OPT_SEGMENTS,
	OPT_COUNTERPART };

static const struct option long_options[] = {
	{ "list", no_argument, NULL, OPT_LIST },
	{ "counterpart", required_argument, NULL, OPT_COUNTERPART },
	{ "export", required_argument, NULL, OPT_EXPORT },
	{ "align", required_argument, NULL, OPT_ALIGN },
	{ "export-pair", required_argument, NULL, OPT_PAIR },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "segments", required_argument, NULL, OPT_SEGMENTS },
	{ "output", required_argument, NULL, 'o' },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "force", no_argument, NULL, OPT_FORCE },
	{ "utf8", no_argument, NULL, 'u' },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "grep", required_argument, NULL, OPT_GREP },
	{ "no-index", no_argument, NULL, OPT_NO_INDEX },
	{ "sentences", no_argument, NULL, OPT_SENTENCES },
	{ "jobs", required_argument, NULL, OPT_JOBS },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *f)
{
	fputs("Usage: tandem [OPTION]... [CORPUS]\n"
	    "Read German and English news articles side by side, meeting by meeting.\n"
	    "CORPUS is a folder of .txt articles; without it, the bundled corpus.\n"
	    "\n"
	    "  -u, --utf8            draw UTF-8 whatever the locale says\n"
	    "      --list            print one line per article: MEETING DATE LANG ARTICLE TITLE\n"
	    "      --counterpart NAME  with --list: only the meetings with the region or\n"
	    "                        person NAME, in German or English spelling\n"
	    "      --export ARTICLE  print the cleaned article ARTICLE as plain text\n"
	    "      --align DE EN     print the paragraph beads of a German and an English\n"
	    "                        article: DE paragraphs, EN paragraphs, score\n"
	    "      --sentences       with --align: print the sentence beads instead,\n"
	    "                        each sentence as PARAGRAPH.SENTENCE\n"
	    "      --export-pair DE EN  print the aligned pair: a header of both articles,\n"
	    "                        then the two side by side; or TMX\n"
	    "      --format FORMAT   with --export-pair: text or tmx; without it, tmx when\n"
	    "                        the -o FILE ends in .tmx, else text\n"
	    "      --segments SEGMENTS  with TMX: one unit per sentence pair (sentence)\n"
	    "                        or per paragraph pair (paragraph); default: the\n"
	    "                        tmx_segments setting, else sentence\n"
	    "  -o, --output FILE     with --export, --export-pair: write FILE (atomically)\n"
	    "      --width N         with --export, --export-pair: wrap at N display columns;\n"
	    "                        0: one line per paragraph (a pair: 100 columns);\n"
	    "                        default: the export_width setting\n"
	    "      --force           with -o: replace FILE if it exists\n"
	    "      --grep QUERY      print each paragraph that holds QUERY: ARTICLE:PARAGRAPH:text\n"
	    "                        (case ignored; diacritics too when QUERY has none)\n"
	    "      --no-index        read every file; neither use nor keep the index\n"
	    "                        ($XDG_STATE_HOME/tandem) that makes a second start fast\n"
	    "      --jobs N          read the corpus in N threads (1 to 256); default: the\n"
	    "                        jobs setting, else one per online processor\n"
	    "      --config FILE     read the settings from FILE instead of\n"
	    "                        $XDG_CONFIG_HOME/tandem/tandem.ini\n"
	    "  -h, --help            show this help and exit\n"
	    "  -V, --version         show the version and exit\n"
	    "\n"
	    "In the program, press ? (F1 in the reader) for the keys.\n", f);
}

static void __attribute__((noreturn))
bad_usage(const char *what)
{
	if (what != NULL)
		warnx("%s", what);
	fputs("Try 'tandem --help' for more information.\n", stderr);
	exit(2);
}

static int
parse_width(const char *s)
{
	int width;

	if (export_parse_width(s, &width) < 0)
		bad_usage("--width takes " EXPORT_WIDTH_WHAT " (0: one line per paragraph)");
	return width;
}

static void
parse_options(int argc, char **argv, struct options *o)
{
	int ch;

	o->format = o->width = o->segments = -1;
	while ((ch = getopt_long(argc, argv, "o:uhV", long_options, NULL)) != -1) {
		switch (ch) {
		case OPT_LIST:
			o->mode = MODE_LIST;
			break;
		case OPT_COUNTERPART:
			o->counterpart = optarg;
			break;
		case OPT_EXPORT:
			o->mode = MODE_EXPORT;
			o->article = optarg;
			break;
		case 'o':
			o->output = optarg;
			break;
		case OPT_ALIGN:
		case OPT_PAIR:
			o->mode = ch == OPT_ALIGN ? MODE_ALIGN : MODE_PAIR;
			o->article = optarg;
			break;
		case OPT_FORMAT:
			if ((o->format = export_format_named(optarg)) < 0)
				bad_usage("--format is text or tmx");
			break;
		case OPT_SEGMENTS:
			if ((o->segments = export_segments_named(optarg)) < 0)
				bad_usage("--segments is " EXPORT_SEGMENTS_WHAT);
			break;
		case OPT_WIDTH:
			o->width = parse_width(optarg);
			break;
		case OPT_FORCE:
			o->force = 1;
			break;
		case 'u':
			o->utf8 = 1;
			break;
		case OPT_CONFIG:
			o->config = optarg;
			break;
		case OPT_GREP:
			o->mode = MODE_GREP;
			o->query = optarg;
			break;
		case OPT_NO_INDEX:
			o->no_index = 1;
			break;
		case OPT_SENTENCES:
			o->sentences = 1;
			break;
		case OPT_JOBS:
			if (pool_parse_threads(optarg, &o->jobs) < 0)
				bad_usage("--jobs takes " POOL_THREADS_WHAT);
			break;
		case 'h':
			usage(stdout);
			exit(0);
		case 'V':
			printf("tandem %s\n", PACKAGE_VERSION);
			exit(0);
		default:
			bad_usage(NULL);
		}
	}
	if (o->mode == MODE_ALIGN || o->mode == MODE_PAIR) {
		if (optind >= argc)
			bad_usage("--align and --export-pair take a German and an English article");
		o->english = argv[optind++];
	}
	if (optind < argc)
		o->corpus = argv[optind++];
	if (optind < argc)
		bad_usage("too many arguments");
	if ((o->output || o->width >= 0 || o->force) && o->mode != MODE_EXPORT && o->mode != MODE_PAIR)
		bad_usage("-o, --width and --force go with --export or --export-pair");
	if (o->format >= 0 && o->mode != MODE_PAIR)
		bad_usage("--format goes with --export-pair");
	if (o->segments >= 0 && (o->mode != MODE_PAIR || export_format_for(o->output, o->format) != EXPORT_FORMAT_tmx))
		bad_usage("--segments goes with --export-pair as TMX (--format tmx, or -o FILE.tmx)");
	if (o->counterpart != NULL && o->mode != MODE_LIST)
		bad_usage("--counterpart goes with --list");
	if (o->sentences && o->mode != MODE_ALIGN)
		bad_usage("--sentences goes with --align");
}

/*
 * The bundled corpus: res/corpus of the source tree when this is the
 * program built there, else the installed copy.
 */
static const char *
default_corpus(void)
{
	static char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n > 0) {
		exe[n] = '\0';
		if (strcmp(exe, TANDEM_BUILDDIR "/src/tandem") == 0)
			return TANDEM_SRCDIR "/res/corpus";
	}
	return TANDEM_PKGDATADIR "/corpus";
}

/* Flushes stdout; a full disk or a closed pipe is an error worth naming. */
static int
flush_stdout(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	warnx("standard output: %s", strerror(errno ? errno : EIO));
	return 1;
}

static void
print_warnings(const struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nwarnings; i++)
		warnx("%s", c->warnings[i]);
}

/* Prints len bytes of text as shown unwrapped (no soft hyphens), then end. */
static void
print_shown(const char *text, size_t len, const char *end)
{
	struct buf b = { 0 };

	text_add_visible(&b, text, len);
	buf_adds(&b, end);
	fwrite(b.data, 1, b.len, stdout);
	buf_free(&b);
}

/* The --list lines of meeting m, numbered as in the whole list. */
static void
print_meeting(const struct corpus *c, size_t m)
{
	size_t k;
	char date[DATE_FORMAT_MAX];

	for (k = 0; k < c->meetings.list[m].narticles; k++) {
		const struct article *a = c->articles[c->meetings.list[m].articles[k]];

		printf("%zu\t%s\t%s\t%s\t", m + 1, date_format(&a->date, date), lang_code(a->lang), a->name);
		print_shown(a->title, strlen(a->title), "\n");
	}
}

/* --list: every meeting, or those of one counterpart (1 when it has none). */
static int
run_list(const struct corpus *c, const char *counterpart)
{
	struct visits v;
	size_t m;

	print_warnings(c);
	if (counterpart == NULL) {
		for (m = 0; m < c->meetings.n; m++)
			print_meeting(c, m);
		return flush_stdout();
	}
	if (visits_named(c, counterpart, &v) < 0) {
		char *shown = text_safe(counterpart, strlen(counterpart));

		warnx("no meeting has the counterpart %s (a region or a person, in German or English spelling)",
		    shown);
		free(shown);
		return 1;
	}
	for (m = 0; m < v.n; m++)
		print_meeting(c, v.meetings[m]);
	visits_free(&v);
	return flush_stdout();
}

/* Sends out to the -o file, or to stdout. */
static int
write_output(const struct options *o, const struct buf *out)
{
	char *cause = NULL;

	if (o->output == NULL) {
		fwrite(out->data, 1, out->len, stdout);
		return flush_stdout();
	}
	if (files_write(o->output, out->data, out->len, o->force ? FILES_FORCE : 0, &cause) < 0) {
		warnx("%s", cause);
		free(cause);
		return 1;
	}
	return 0;
}

/* The article named name, in the language wanted (LANG_UNKNOWN: any), its
 * text read. */
static const struct article *
find_article(struct corpus *c, const char *name, enum lang want)
{
	struct article *a = corpus_find(c, name);
	char *cause = NULL;

	if (a == NULL)
		warnx("%s: no such article in %s", name, c->dir);
	else if (want != LANG_UNKNOWN && a->lang != want)
		warnx("%s: not a%s article (its language is %s)", name,
		    want == LANG_DE ? " German" : "n English", lang_code(a->lang));
	else if (corpus_text(c, a, &cause) < 0)
		warnx("%s", cause);
	else
		return a;
	free(cause);
	return NULL;
}

static int
run_export(struct corpus *c, const struct options *o)
{
	const struct article *a = find_article(c, o->article, LANG_UNKNOWN);
	struct buf out = { 0 };
	int status;

	if (a == NULL)
		return 1;
	export_article(a, o->width, &out);
	status = write_output(o, &out);
	buf_free(&out);
	return status;
}

static void
print_beads(const struct alignment *al, struct buf *out)
{
	size_t b;
	char de[64], en[64];

	for (b = 0; b < al->nbeads; b++) {
		const struct bead *bd = &al->beads[b];

		buf_printf(out, "%s\t%s\t%.3f\n", align_numbers(bd->de, bd->nde, de, sizeof(de)),
		    align_numbers(bd->en, bd->nen, en, sizeof(en)), bd->score);
	}
}

/* The sentence beads of de and en, as print_beads() prints paragraph ones. */
static void
print_sentence_beads(const struct article *de, const struct article *en, struct buf *out)
{
	struct sentence *ds, *es;
	size_t nds = sentence_article(de, &ds), nes = sentence_article(en, &es), b;
	struct alignment al;
	char dn[256], en_[256], *note = NULL;

	sentence_align(de, ds, nds, en, es, nes, &al, &note, NULL);
	if (note != NULL) {	/* the dictionary's absence */
		warnx("%s", note);
		free(note);
	}
	if (align_limit_note(&al) != NULL)	/* counted in sentences, not paragraphs */
		warnx("%s %s: sentences: %s", de->name, en->name, align_limit_note(&al));
	for (b = 0; b < al.nbeads; b++) {
		const struct bead *bd = &al.beads[b];

		buf_printf(out, "%s\t%s\t%.3f\n", sentence_numbers(ds, bd->de, bd->nde, dn, sizeof(dn)),
		    sentence_numbers(es, bd->en, bd->nen, en_, sizeof(en_)), bd->score);
	}
	align_free(&al);
	free(ds);
	free(es);
}

/* --align and --export-pair: the same alignment, printed or exported. */
static int
run_pair(struct corpus *c, const struct options *o)
{
	const struct article *de = find_article(c, o->article, LANG_DE);
	const struct article *en = find_article(c, o->english, LANG_EN);
	struct alignment al;
	struct buf out = { 0 };
	char *note = NULL;
	int status;

	if (de == NULL || en == NULL)
		return 1;
	if (o->mode == MODE_ALIGN && o->sentences) {	/* the sentences, over the whole articles */
		print_sentence_beads(de, en, &out);
		status = write_output(o, &out);
		buf_free(&out);
		return status;
	}
	align_articles(de, en, &al, &note, NULL);
	if (note != NULL) {
		warnx("%s", note);
		free(note);
	}
	if (align_limit_note(&al) != NULL)
		warnx("%s %s: %s", de->name, en->name, align_limit_note(&al));
	if (o->mode == MODE_ALIGN)
		print_beads(&al, &out);
	else
		export_pair(de, en, &al, export_format_for(o->output, o->format),
		    (enum export_segments)o->segments, o->width, &out);
	status = write_output(o, &out);
	buf_free(&out);
	align_free(&al);
	return status;
}

/* Each paragraph holding the query, as the reader's search finds it; the
 * headline, when it holds it, first as paragraph 0. */
static int
run_grep(struct corpus *c, const char *query)
{
	struct search_query q;
	size_t i, p;
	int found = 0;

	if (search_query_init(&q, query, strlen(query)) < 0) {
		warnx("--grep: nothing to search for");
		return 2;
	}
	for (i = 0; i < c->narticles; i++) {
		struct article *a = c->articles[i];
		struct search_article *sa;
		char *cause = NULL;

		if (corpus_text(c, a, &cause) < 0) {
			warnx("%s", cause);
			free(cause);
			continue;
		}
		sa = search_article_new_for(a, &q);
		if (search_paragraph_has(sa, SEARCH_TITLE, &q)) {
			printf("%s:0:", a->name);
			print_shown(article_headline(a), strlen(article_headline(a)), "\n");
			found = 1;
		}
		for (p = 0; p < a->nparagraphs; p++)
			if (search_paragraph_has(sa, p, &q)) {
				printf("%s:%zu:", a->name, p + 1);
				print_shown(a->paragraphs[p].text, a->paragraphs[p].len, "\n");
				found = 1;
			}
		search_article_free(sa);
		article_release_text(a);
	}
	search_query_free(&q);
	if (flush_stdout() != 0)
		return 1;
	return found ? 0 : 1;
}

/* The settings file: --config, else the default one if it exists. */
static void
load_settings(struct settings *s, const struct options *o, int print)
{
	char *path = o->config != NULL ? xstrdup(o->config) : settings_default_path();
	size_t i;

	settings_init(s);
	if (path != NULL)
		settings_load(s, path, o->config != NULL);
	free(path);
	for (i = 0; print && i < s->nwarnings; i++)
		warnx("%s", s->warnings[i]);
}

/* A first scan that takes a while tells what it does and how far it is,
 * on one line of stderr, cleared at the end. */
static int
show_progress(enum corpus_step step, size_t done, size_t total, void *arg)
{
	struct winsize ws;
	int cols = ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? ws.ws_col : 80;
	char *line;

	(void)arg;
	if (step == CORPUS_DONE) {
		fputs("\r\033[K", stderr);
		return 0;
	}
	/* one column short of the edge: a full line would wrap before \r */
	line = corpus_progress_line(step, done, total, cols - 1 - (int)strlen("tandem: "), 0);
	fprintf(stderr, "\r\033[Ktandem: %s", line);
	free(line);
	return 0;
}

/* Loads the corpus, through the index unless --no-index, in o->jobs
 * threads. */
static int
load_corpus(struct corpus *c, const struct options *o, char **cause)
{
	struct corpus_options co = { 0 };
	char *state = o->no_index ? NULL : index_default_dir();
	int status;

	co.state_dir = state;
	co.jobs = o->jobs;
	if (o->mode == MODE_UI) {
		co.progress = ui_progress;
		co.check_later = 1;	/* the UI checks the files once it has drawn */
	} else if (isatty(STDERR_FILENO)) {
		co.progress = show_progress;
	}
	status = corpus_load_indexed(c, o->corpus, &co, cause);
	free(state);
	return status;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	struct ui_options uo = { 0 };
	struct corpus c;
	struct settings settings;
	char *cause = NULL, *state_path = NULL, *index_dir = NULL;
	int status;

	setlocale(LC_ALL, "");
	util_set_quote(text_safe);	/* messages quote file names and lines of files */
	files_catch_signals();	/* the UI puts its own over these */
	parse_options(argc, argv, &o);
	load_settings(&settings, &o, o.mode != MODE_UI);
	if (o.corpus == NULL)
		o.corpus = settings.corpus != NULL ? settings.corpus : default_corpus();
	if (o.width < 0)
		o.width = settings.export_width;
	if (o.jobs == 0)
		o.jobs = settings.jobs;
	if (o.segments < 0)
		o.segments = settings.tmx_segments;
	if (load_corpus(&c, &o, &cause) < 0) {
		warnx("%s", cause);
		free(cause);
		settings_free(&settings);
		return 1;
	}
	if (c.interrupted) {
		ui_progress_end();
		status = 0;
	} else if (o.mode == MODE_LIST) {
		status = run_list(&c, o.counterpart);
	} else if (o.mode == MODE_EXPORT) {
		status = run_export(&c, &o);
	} else if (o.mode == MODE_ALIGN || o.mode == MODE_PAIR) {
		status = run_pair(&c, &o);
	} else if (o.mode == MODE_GREP) {
		print_warnings(&c);
		status = run_grep(&c, o.query);
	} else {
		uo.force_utf8 = o.utf8;
		uo.export_dir = settings.export_dir;
		uo.export_width = settings.export_width;
		uo.settings = &settings;
		uo.state_path = state_path = state_default_path();
		uo.index_dir = index_dir = o.no_index ? NULL : index_default_dir();
		uo.jobs = o.jobs;
		status = ui_run(&c, &uo);
	}
	free(state_path);
	free(index_dir);
	settings_free(&settings);
	corpus_free(&c);
	return status;
}
