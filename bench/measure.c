/*
 * measure.c - CPU time and peak memory of a command, for `make bench`.
 *
 *     bench/measure [-n RUNS] [--setup SHELL-COMMAND] -- COMMAND [ARG...]
 *
 * Runs COMMAND RUNS times (default 5), one after another, each with fork,
 * execvp and wait4, its standard output sent to /dev/null and its standard
 * error left alone; with --setup, SHELL-COMMAND runs (sh -c, untimed, its
 * output on stderr) before each run, and a failure stops everything. From
 * each run's rusage it takes the CPU time (user plus system) and the peak
 * resident set size (ru_maxrss), and the wall-clock time from fork to exit.
 * It then prints one line on stdout:
 *
 *     runs=5 cpu_median_s=0.123456 cpu_min_s=0.120001 cpu_max_s=0.130002 max_rss_kib=23456 wall_median_s=0.2 wall_min_s=0.19 wall_max_s=0.21
 *
 * the median CPU time over the runs (the mean of the middle two for an even
 * count), its range, the largest peak RSS of any run, in KiB, and the median
 * and range of the wall-clock time (which, for a database client, includes
 * the server's work). Linux
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
#include <time.h>
#include <unistd.h>

#define MAX_RUNS 1000

static void usage(void)
{
	fputs("usage: bench/measure [-n RUNS] [--setup SHELL-COMMAND] -- COMMAND [ARG...]\n", stderr);
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

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double median_of(double *v, long n)
{
	qsort(v, (size_t)n, sizeof v[0], compare_doubles);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Runs the setup command with sh -c, its stdout on stderr; exits on failure. */
static void run_setup(const char *command)
{
	pid_t pid;
	int status;

	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		exit(2);
	}
	if (pid == 0) {
		dup2(STDERR_FILENO, STDOUT_FILENO);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			perror("measure: waitpid");
			exit(2);
		}
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "measure: the setup command failed: %s\n", command);
		exit(1);
	}
}

/*
 * Runs argv once with stdout on /dev/null; stores its CPU seconds, peak RSS
 * in KiB and wall-clock seconds. Returns 0, or 1 when the command did not
 * exit 0.
 */
static int run_once(char **argv, double *cpu, long *rss_kib, double *wall)
{
	double t0 = now_s();
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
	*wall = now_s() - t0;
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
	static double cpu[MAX_RUNS], wall[MAX_RUNS];
	long runs = 5, max_rss = 0;
	double cpu_median, wall_median;
	const char *setup = NULL;
	int i = 1;

	while (i + 1 < argc && strcmp(argv[i], "--") != 0) {
		if (strcmp(argv[i], "-n") == 0) {
			char *end;

			runs = strtol(argv[i + 1], &end, 10);
			if (*argv[i + 1] == '\0' || *end != '\0' || runs < 1 || runs > MAX_RUNS)
				usage();
		} else if (strcmp(argv[i], "--setup") == 0) {
			setup = argv[i + 1];
		} else {
			usage();
		}
		i += 2;
	}
	if (i >= argc || strcmp(argv[i], "--") != 0 || i + 1 >= argc)
		usage();
	argv += i + 1;

	for (long r = 0; r < runs; r++) {
		long rss;

		if (setup)
			run_setup(setup);
		if (run_once(argv, &cpu[r], &rss, &wall[r]) != 0)
			return 1;
		if (rss > max_rss)
			max_rss = rss;
	}
	cpu_median = median_of(cpu, runs);
	wall_median = median_of(wall, runs);
	printf("runs=%ld cpu_median_s=%.6f cpu_min_s=%.6f cpu_max_s=%.6f max_rss_kib=%ld"
	       " wall_median_s=%.6f wall_min_s=%.6f wall_max_s=%.6f\n",
	       runs, cpu_median, cpu[0], cpu[runs - 1], max_rss, wall_median, wall[0],
	       wall[runs - 1]);
	return 0;
}
