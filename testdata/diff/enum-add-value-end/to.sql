-- enum values added at the end
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
