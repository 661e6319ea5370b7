CREATE TABLE "données_des_réservations_été_hôtels_à_genève" (
    "numéro_de_réservation_confirmé" integer NOT NULL,
    "référence_client_privilégié" text,
    CONSTRAINT "données_des_réservations_été_hôtels_à_genève_pkey" PRIMARY KEY ("numéro_de_réservation_confirmé"),
    CONSTRAINT "données_des_réservations_é_référence_client_privilégi_key" UNIQUE ("référence_client_privilégié")
);

CREATE TABLE "äääääääääääääääääääääääääääääää" (
    x integer
);
