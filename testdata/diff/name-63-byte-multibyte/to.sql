-- multibyte UTF-8 names: truncation to 63 bytes never splits a character
CREATE TABLE "données_des_réservations_été_hôtels_à_genève" (
    "numéro_de_réservation_confirmé" integer PRIMARY KEY,
    "référence_client_privilégié" text UNIQUE
);
CREATE TABLE "ääääääääääääääääääääääääääääääääääääääääääää" (x integer);
