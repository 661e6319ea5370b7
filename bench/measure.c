/*
 * measure.c - CPU time and peak memory of a command, for `make bench`.
 *
 *     bench/measure [-n RUNS] -- COMMAND [ARG...]
 *
 * Runs COMMAND RUNS times (default 5), one after another, each with fork,
 * execvp and wait4, its standard output sent to /dev/null and its standard
 * error left alone. From each run's rusage it takes the CPU time (user plus
 * system) and the peak resident set size (ru_maxrss). It then prints one line
 * on stdout:
 *
 *     runs=5 cpu_median_s=0.123456 cpu_min_s=0.120001 cpu_max_s=0.130002 max_rss_kib=23456
 *
 * the median CPU time over the runs (the mean of the middle two for an even
 * count), its range, and the largest peak RSS of any run, in KiB. Linux
 * carries a process's RSS high-water mark across exec, so the figure includes
 * measure's own footprint at fork time, about 1.5 MiB.
 *
 * Exit status: 0 when every run exited 0; 1 when a run failed (it stops
 * there, reporting how on stderr); 2 on bad usage or when fork or exec fails.
 */
#define _DEFAULT_SOURCE /* wait4 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_RUNS 1000

static void usage(void)
{
	fputs("usage: bench/measure [-n RUNS] -- COMMAND [ARG...]\n", stderr);
	exit(2);
}

static double seconds(struct timeval tv)
{
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static int compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * Runs argv once with stdout on /dev/null; stores its CPU seconds and peak
 * RSS in KiB. Returns 0, or 1 when the command did not exit 0.
 */
static int run_once(char **argv, double *cpu, long *rss_kib)
{
	struct rusage ru;
	int status, exec_errno = 0, report[2];
	ssize_t n;
	pid_t pid;

	/* The child writes errno here if it cannot exec; a successful exec
	 * closes it (close-on-exec), and the parent reads nothing. */
	if (pipe(report) < 0 || fcntl(report[1], F_SETFD, FD_CLOEXEC) < 0) {
		perror("measure: pipe");
		exit(2);
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		exit(2);
	}
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);

		close(report[0]);
		if (devnull >= 0 && dup2(devnull, STDOUT_FILENO) >= 0) {
			close(devnull);
			execvp(argv[0], argv);
		}
		exec_errno = errno;
		/* If even this write fails, the parent sees a plain exit 127. */
		if (write(report[1], &exec_errno, sizeof exec_errno) < 0)
			_exit(127);
		_exit(127);
	}
	close(report[1]);
	while ((n = read(report[0], &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR)
		;
	close(report[0]);
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			perror("measure: wait4");
			exit(2);
		}
	}
	*cpu = seconds(ru.ru_utime) + seconds(ru.ru_stime);
	*rss_kib = ru.ru_maxrss; /* Linux reports KiB */
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (n > 0) {
		fprintf(stderr, "measure: cannot run %s: %s\n", argv[0],
			strerror(exec_errno));
		exit(2);
	}
	if (WIFEXITED(status))
		fprintf(stderr, "measure: %s exited with status %d\n", argv[0],
			WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		fprintf(stderr, "measure: %s killed by signal %d\n", argv[0],
			WTERMSIG(status));
	return 1;
}

int main(int argc, char **argv)
{
	static double cpu[MAX_RUNS];
	long runs = 5, max_rss = 0;
	double median;
	int i = 1;

	if (i + 1 < argc && strcmp(argv[i], "-n") == 0) {
		char *end;

		runs = strtol(argv[i + 1], &end, 10);
		if (*argv[i + 1] == '\0' || *end != '\0' || runs < 1 || runs > MAX_RUNS)
			usage();
		i += 2;
	}
	if (i >= argc || strcmp(argv[i], "--") != 0 || i + 1 >= argc)
		usage();
	argv += i + 1;

	for (long r = 0; r < runs; r++) {
		long rss;

		if (run_once(argv, &cpu[r], &rss) != 0)
			return 1;
		if (rss > max_rss)
			max_rss = rss;
	}
	qsort(cpu, (size_t)runs, sizeof cpu[0], compare_doubles);
	median = runs % 2 ? cpu[runs / 2] : (cpu[runs / 2 - 1] + cpu[runs / 2]) / 2;
	printf("runs=%ld cpu_median_s=%.6f cpu_min_s=%.6f cpu_max_s=%.6f max_rss_kib=%ld\n",
	       runs, median, cpu[0], cpu[runs - 1], max_rss);
	return 0;
}
