-- an enum value's spelling changes, in place
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
