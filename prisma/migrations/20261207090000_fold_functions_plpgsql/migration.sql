-- The folding functions, from SQL to PL/pgSQL, with the same bodies.
--
-- An IMMUTABLE SQL function whose body calls unaccent() (STABLE) can never
-- be inlined, yet the planner tries on every execution of a statement that
-- evaluates it per row: a generated column or an index expression runs
-- through expression_planner() each time a row is inserted, and the attempt
-- parses the function's body anew. A profile of PostgreSQL under 16
-- concurrent feedback submissions put about a tenth of the database's CPU
-- there (Feedback's "bodyTrigrams" column and its two staff search indexes).
-- The planner never tries to inline a PL/pgSQL function, and PL/pgSQL keeps
-- its expression's plan for the session. Same names, arguments, results and
-- volatility, so the indexes and the generated column built with them stay
-- valid; every name is qualified, as pg_dump and restore run with an empty
-- search_path.

CREATE OR REPLACE FUNCTION public.search_fold(input text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ BEGIN RETURN pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary, input)); END $$;

CREATE OR REPLACE FUNCTION public.staff_fold(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ BEGIN RETURN pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary, value)); END $$;

CREATE OR REPLACE FUNCTION public.fold_trigrams(input text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ BEGIN RETURN pg_catalog.array_to_tsvector(public.show_trgm(public.search_fold(input))); END $$;
