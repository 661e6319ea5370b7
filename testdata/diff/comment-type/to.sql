-- a type comment dropped
CREATE TYPE mood AS ENUM ('sad', 'happy');
