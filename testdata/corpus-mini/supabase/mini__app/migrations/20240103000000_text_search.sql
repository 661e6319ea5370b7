create type mini_shell;
